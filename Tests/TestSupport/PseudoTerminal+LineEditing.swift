import Foundation
import Glibc

extension PseudoTerminal {
    /// Waits until the program has put the terminal into raw (non-canonical) mode, as a line editor
    /// does when it starts reading. Keys typed before that would be handled by the kernel's cooked-mode
    /// line discipline instead of the editor (Ctrl-D becomes a lost EOF, Backspace edits the kernel's
    /// buffer), which a person is never fast enough to do but a test is. The pty master shares the
    /// slave's termios, so this reads it directly; it polls without asserting any duration.
    public func waitForLineEditor(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            var settings = termios()
            let open = state.withLock { $0.masterOpen }
            guard open, tcgetattr(master, &settings) == 0 else { break }
            if settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            usleep(2_000)
        }
        throw HarnessError.expectTimedOut(expected: "the line editor to take the terminal (raw mode)", timeout: timeout,
                                          screenTail: String(screenText.suffix(2000)), rawTail: String(output.suffix(500)))
    }
}
