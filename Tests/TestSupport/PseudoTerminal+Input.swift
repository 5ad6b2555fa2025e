import Foundation
import Glibc
import XCTest

/// Typing into the terminal. Every byte goes through the pty line discipline,
/// exactly as keystrokes would: with the default settings it is echoed, `\r`
/// becomes `\n`, and 0x03 / 0x1C / 0x1A raise `SIGINT` / `SIGQUIT` / `SIGTSTP`.
/// Input sent after ``terminate()`` is silently dropped.
extension PseudoTerminal {
    /// How long `send` waits for a program that is not reading its input.
    static let sendTimeout: TimeInterval = 10

    /// Types `text` (its UTF-8 bytes) without a line ending.
    public func send(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        sendBytes(Array(text.utf8), file: file, line: line)
    }

    /// Types `text` followed by Return (`\r`, what a terminal sends for Enter).
    public func sendLine(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        sendBytes(Array(text.utf8) + [0x0D], file: file, line: line)
    }

    /// Types Ctrl-`letter`: `"c"` sends 0x03 (interrupt), `"d"` 0x04 (end of
    /// file), `"z"` 0x1A, `"["` 0x1B; case does not matter. `"?"` sends DEL.
    /// Any other character records a test failure and sends nothing.
    public func sendControl(_ letter: Character, file: StaticString = #filePath, line: UInt = #line) {
        guard let byte = Self.controlByte(for: letter) else {
            XCTFail("no control character for \(String(letter).debugDescription)", file: file, line: line)
            return
        }
        sendBytes([byte], file: file, line: line)
    }

    /// Presses `key`. Cursor keys follow the program's cursor-key mode, as
    /// xterm does: application mode (`ESC O A`) if the output so far last
    /// switched it on with `ESC [ ? 1 h`, normal mode (`ESC [ A`) otherwise.
    public func sendKey(_ key: TerminalKey, file: StaticString = #filePath, line: UInt = #line) {
        sendBytes(key.bytes(applicationCursorMode: applicationCursorMode), file: file, line: line)
    }

    /// Writes raw bytes to the terminal. Records a test failure if the program
    /// does not accept them within ``sendTimeout``.
    public func sendBytes(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let complete = state.withLock { state -> Bool in
            guard state.masterOpen else { return true }
            return Self.writeAll(bytes, to: master, until: Date(timeIntervalSinceNow: Self.sendTimeout))
        }
        if !complete {
            XCTFail("\(command) did not read its input within \(Self.sendTimeout) s", file: file, line: line)
        }
    }

    /// The byte for Ctrl-`letter`, or `nil` if there is none.
    static func controlByte(for letter: Character) -> UInt8? {
        guard let ascii = letter.asciiValue else { return nil }
        if ascii == UInt8(ascii: "?") { return 0x7F }
        let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) ? ascii - 0x20 : ascii
        guard (0x40...0x5F).contains(upper) else { return nil }
        return upper & 0x1F
    }

    /// Whether the output last enabled application cursor-key mode (DECCKM).
    private var applicationCursorMode: Bool {
        let raw = reader.output.snapshot()
        let on = ByteSearch.lastMatchStart(of: Array("\u{1B}[?1h".utf8), in: raw)
        let off = ByteSearch.lastMatchStart(of: Array("\u{1B}[?1l".utf8), in: raw)
        return (on ?? -1) > (off ?? -1)
    }

    /// Writes all of `bytes` to the non-blocking `descriptor`, waiting for room
    /// until `deadline`. Returns `false` on timeout. Other errors (such as
    /// `EIO` once the program is gone) count as delivered: there is nobody to
    /// deliver to.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, until deadline: Date) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
                continue
            }
            guard written < 0, errno == EAGAIN || errno == EINTR else { return true }
            if Date() >= deadline { return false }
            var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            _ = poll(&poller, 1, 20)
        }
        return true
    }
}
