import Foundation

/// Everything that can go wrong starting the emulator or reading its command line.
public enum SimError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A socket call failed; `operation` names it (`bind`, `listen`, ...), `code` is `errno`.
    case socket(operation: String, code: Int32)
    /// `start` was called on a server that was already started (or stopped).
    case alreadyStarted
    /// A command-line flag is not known.
    case unknownFlag(String)
    /// A flag needs a value and none followed it.
    case missingValue(flag: String)
    /// A flag's value is not acceptable; `reason` says what is expected.
    case invalidValue(flag: String, value: String, reason: String)

    /// A one-line message for a terminal.
    public var description: String {
        switch self {
        case .socket(let operation, let code):
            "\(operation) failed: \(String(cString: strerror(code))) (errno \(code))"
        case .alreadyStarted:
            "the server has already been started"
        case .unknownFlag(let flag):
            "unknown option '\(flag)'"
        case .missingValue(let flag):
            "option '\(flag)' needs a value"
        case .invalidValue(let flag, let value, let reason):
            "invalid value '\(value)' for '\(flag)': \(reason)"
        }
    }
}
