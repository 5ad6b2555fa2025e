/// What the prompt reads lines from: libedit at a terminal, or a test double.
@MainActor
public protocol LineReader: AnyObject {
    /// Shows the prompt and returns one line; `.interrupted` for Ctrl-C, `.end` for Ctrl-D.
    func readLine(prompt: String) -> LineRead
    /// Remembers an entered line for history recall.
    func addHistory(_ line: String)
    /// Whether Ctrl-C arrived while a command ran (then clears it); readers that cannot tell say false.
    func takeInterrupt() -> Bool
}

extension LineReader {
    /// By default a reader cannot tell.
    public func takeInterrupt() -> Bool { false }
}

/// One read from a `LineReader`.
public enum LineRead: Sendable, Equatable {
    case line(String)
    case interrupted
    case end
}
