/// The one thing that differs between the prompt and a script.
public enum ErrorPolicy: Sendable {
    /// Print the error (without a position) and come back to the prompt.
    case prompt
    /// Stop at the first failure and report it as `file:line:column: error: …`.
    case script
}

/// What running a piece of source ended with.
public struct RunOutcome: Sendable, Equatable {
    /// The exit status: the last command's, the failure's, or `exit`'s.
    public var status: Int32
    /// True when `exit` ran: the program should end.
    public var exited: Bool
}
