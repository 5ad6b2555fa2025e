import PatchKit

/// Every error the shell reports, rendered to one message and one exit status at one boundary.
public enum ShellError: Error, Sendable, Equatable {
    /// An API call failed.
    case api(PatchError)
    /// A command was called wrongly; the message says how it is called.
    case usage(String)
    /// No command has that name; a near name is suggested when there is one.
    case unknownCommand(String, suggestion: String?)
    /// `$name` without a value.
    case undefinedVariable(String)
    /// The source does not parse.
    case syntax([SyntaxDiagnostic])
    /// A command did not succeed, with its own message and status.
    case failed(String, status: ExitStatus)
    /// A file could not be read or written.
    case io(String)

    /// The status a script exits with when this error stops it.
    public var status: ExitStatus {
        switch self {
        case .api(let error):
            switch error.underlying {
            case .invalidIdentifier, .invalidEndpoint: return .usage
            case .notLoggedIn, .sessionExpired, .badCredentials, .unauthorized: return .authentication
            case .notFound: return .notFound
            case .network, .timedOut: return .network
            case .httpStatus, .badResponse: return .server
            case .cancelled: return .interrupted
            case .afterAttempts: return .failure // unreachable: `underlying` unwraps it
            }
        case .usage, .unknownCommand, .syntax: return .usage
        case .undefinedVariable: return .failure
        case .failed(_, let status): return status
        case .io: return .failure
        }
    }

    /// One line, no position (the reporter adds it).
    public var message: String {
        switch self {
        case .api(let error): return error.description
        case .usage(let text): return text
        case .unknownCommand(let name, let suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'help' for the list of commands."
            return "Unknown command '\(name)'.\(hint)"
        case .undefinedVariable(let name) where name.hasPrefix("env."):
            return "The environment variable '\(name.dropFirst(4))' is not set. Give a default: ${\(name):-default}."
        case .undefinedVariable(let name):
            return "The variable '\(name)' is not set. Set it with 'set \(name) VALUE' or give a default: ${\(name):-default}."
        case .syntax(let diagnostics): return diagnostics.map(\.message).joined(separator: "; ")
        case .failed(let text, _): return text
        case .io(let text): return text
        }
    }
}

/// A failure with the place in the source that caused it.
struct LocatedError: Error {
    var error: ShellError
    var location: SourceLocation?
}

/// Non-error exits from statements: loops and `exit`.
enum ControlFlow: Error {
    case breakLoop
    case continueLoop
    case exit(Int32)
    case returnFromFunction(Int32)
}
