/// The exit statuses of patchsh, documented in README.md; one value per kind of outcome.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Everything ran.
    case success = 0
    /// A command failed, an assertion failed, or `wait` saw failed patches.
    case failure = 1
    /// Bad command line, unknown command or flag, syntax error.
    case usage = 2
    /// Wrong credentials, not logged in, or the token was refused or expired.
    case authentication = 3
    /// An account, server or execution does not exist.
    case notFound = 4
    /// The API could not be reached, or did not answer in time.
    case network = 5
    /// The API answered with a server error or a body patchsh cannot use.
    case server = 6
    /// `wait --timeout` ran out before the execution finished (as timeout(1) exits).
    case timedOut = 124
    /// Interrupted by Ctrl-C.
    case interrupted = 130
}
