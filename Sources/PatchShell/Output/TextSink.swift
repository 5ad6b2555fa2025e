import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's text goes: a file descriptor (standard output, standard error, a redirect target)
/// or a buffer (for `$( … )`). Commands never write to the process's streams directly.
@MainActor
public final class TextSink {
    private enum Target {
        case descriptor(Int32, closeWhenDone: Bool)
        case buffer
    }

    private let target: Target
    /// Whether the text reaches a terminal (so tables, colour and sanitising apply).
    public let isTerminal: Bool
    /// What a buffer sink has collected.
    public private(set) var collected = ""

    private init(target: Target, isTerminal: Bool) {
        self.target = target
        self.isTerminal = isTerminal
    }

    /// The process's standard output.
    public static func standardOutput() -> TextSink {
        TextSink(target: .descriptor(STDOUT_FILENO, closeWhenDone: false), isTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// The process's standard error.
    public static func standardError() -> TextSink {
        TextSink(target: .descriptor(STDERR_FILENO, closeWhenDone: false), isTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// A sink that keeps the text in memory.
    public static func buffer() -> TextSink { TextSink(target: .buffer, isTerminal: false) }

    /// A buffer whose text will later be written to `sink`, so it is rendered as for `sink` (a table on a terminal).
    public static func buffer(standingInFor sink: TextSink) -> TextSink { TextSink(target: .buffer, isTerminal: sink.isTerminal) }

    /// Opens `path` for `>` (replace) or `>>` (append), mode 0644.
    static func file(_ path: String, append: Bool) throws(ShellError) -> TextSink {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else {
            throw .io("Cannot write to '\(path)': \(String(cString: strerror(errno))).")
        }
        return TextSink(target: .descriptor(fd, closeWhenDone: true), isTerminal: false)
    }

    /// Writes the text as it is.
    public func write(_ text: String) {
        switch target {
        case .buffer:
            collected += text
        case .descriptor(let fd, _):
            var bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { raw in
                    Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
            bytes.removeAll()
        }
    }

    /// Writes the text and a newline.
    public func line(_ text: String = "") { write(text + "\n") }

    /// Closes a redirect target; other sinks stay open.
    func close() {
        if case .descriptor(let fd, true) = target { Glibc.close(fd) }
    }
}
