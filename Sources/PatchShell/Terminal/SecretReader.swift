#if canImport(Glibc)
import Glibc
#endif

/// Reads a password or another secret from the terminal without echo, or a line from standard input.
/// The secret exists only in the returned string: nothing here logs, stores or echoes it.
public enum SecretReader {
    /// Why no secret could be read.
    public enum Failure: Error, Equatable {
        case notATerminal
        case interrupted
        case endOfInput
    }

    /// Prompts on standard error and reads one line from the terminal on standard input with echo and
    /// signals off (Ctrl-C is read as a key, so the terminal is always restored); Backspace edits.
    public static func readHidden(prompt: String) -> Result<String, Failure> {
        guard isatty(STDIN_FILENO) == 1 else { return .failure(.notATerminal) }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return .failure(.notATerminal) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        quiet.c_cc.16 = 1 // VMIN
        quiet.c_cc.17 = 0 // VTIME
        // Echo goes off before the prompt shows, and no typed-ahead input is discarded (TCSADRAIN, not TCSAFLUSH).
        tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet)
        writeError(prompt)
        defer {
            tcsetattr(STDIN_FILENO, TCSADRAIN, &saved)
            writeError("\n")
        }
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return .failure(.endOfInput) }
            switch byte {
            case 0x0A, 0x0D: return .success(String(decoding: bytes, as: UTF8.self))
            case 0x03: return .failure(.interrupted)
            case 0x04 where bytes.isEmpty: return .failure(.endOfInput)
            case 0x7F, 0x08:
                // Drop one whole UTF-8 character.
                while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
            case 0x15: bytes.removeAll()
            default: bytes.append(byte)
            }
        }
    }

    /// Prompts on standard error and reads a visible line from the terminal (for a user name).
    public static func readVisible(prompt: String) -> String? {
        writeError(prompt)
        return readLineFromStandardInput()
    }

    /// One line from standard input, without its line ending; nil at end of input. Reads byte by byte
    /// so nothing beyond the line is consumed (the rest may be the script).
    public static func readLineFromStandardInput() -> String? {
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count != 1 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
