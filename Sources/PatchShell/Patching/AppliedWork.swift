import PatchKit

/// The executions `apply` queued in this process, so a bare `wait` follows them.
struct AppliedWork {
    /// What the last `apply` queued, in the order it printed them.
    var last: [AppliedExecution] = []
}

/// One server's queued patching: where it runs and the operation's status ID.
struct AppliedExecution: Sendable, Equatable {
    var alias: AccountAlias
    var server: ServerID
    var statusID: String
}
