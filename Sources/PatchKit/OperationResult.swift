/// Windows Update's OperationResultCode, which the platform uses for every OS (`Result Code: 2`).
public enum OperationResult: Hashable, Sendable, CustomStringConvertible {
    case notStarted, inProgress, succeeded, succeededWithErrors, failed, aborted
    /// A code outside 0...5, shown as it came.
    case unknown(Int)

    /// Maps the numeric code.
    public init(code: Int) {
        switch code {
        case 0: self = .notStarted
        case 1: self = .inProgress
        case 2: self = .succeeded
        case 3: self = .succeededWithErrors
        case 4: self = .failed
        case 5: self = .aborted
        default: self = .unknown(code)
        }
    }

    /// The numeric code.
    public var code: Int {
        switch self {
        case .notStarted: 0
        case .inProgress: 1
        case .succeeded: 2
        case .succeededWithErrors: 3
        case .failed: 4
        case .aborted: 5
        case .unknown(let code): code
        }
    }

    /// What the code means, in a few words.
    public var meaning: String {
        switch self {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .succeeded: "succeeded"
        case .succeededWithErrors: "succeeded with errors"
        case .failed: "failed"
        case .aborted: "aborted"
        case .unknown: "unknown code"
        }
    }

    /// `5 (aborted)`.
    public var description: String { "\(code) (\(meaning))" }

    /// Parses `Result Code: 4` (any case, any spacing); nil when the message carries no code.
    public init?(message: String) {
        guard let end = ASCIICase.end(of: "result code", in: message) else { return nil }
        let rest = message[end...].drop { $0 == ":" || $0 == " " || $0 == "\t" }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let code = Int(digits) else { return nil }
        self.init(code: code)
    }
}
