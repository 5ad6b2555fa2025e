/// What the prompt reads lines from: libedit at a terminal, or a test double.
@MainActor
public protocol LineReader: AnyObject {
    /// Shows the prompt and returns one line; `.interrupted` for Ctrl-C, `.end` for Ctrl-D.
    func readLine(prompt: String) -> LineRead
    /// Remembers an entered line for history recall.
    func addHistory(_ line: String)
}

/// One read from a `LineReader`.
public enum LineRead: Sendable, Equatable {
    case line(String)
    case interrupted
    case end
}
