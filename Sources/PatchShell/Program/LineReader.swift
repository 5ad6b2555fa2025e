/// What the prompt reads lines from: libedit at a terminal, or a test double.
@MainActor
public protocol LineReader: AnyObject {
    /// Shows the prompt and returns one line; `.interrupted` for Ctrl-C, `.end` for Ctrl-D.
    func readLine(prompt: String) -> LineRead
    /// Remembers an entered line for recall with the arrow keys.
    func addHistory(_ line: String)
    /// How many entries recall keeps (the history file's own bound).
    func setHistoryLimit(_ limit: Int)
    /// Installs the Tab handler: the line up to the cursor in, text to insert and candidates out.
    func setCompletion(_ complete: @escaping @MainActor (String) -> (insertion: String, candidates: [String]))
    /// What to do when Ctrl-C arrives while a command runs (nil: nothing).
    func setInterruptHandler(_ handler: (@Sendable () -> Void)?)
}

/// One read from a `LineReader`.
public enum LineRead: Sendable, Equatable {
    case line(String)
    case interrupted
    case end
}
