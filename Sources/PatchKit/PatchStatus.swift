/// The status of an execution or of one patch. The wire sends it in any case; unknown values are kept.
public enum PatchStatus: Hashable, Sendable, CustomStringConvertible {
    case pending
    case running
    case completed
    case failed
    /// A status this version does not know, kept exactly as it came.
    case other(String)

    /// Maps a wire value case-insensitively (`COMPLETED`, `Completed`, `completed`).
    public init(wire: String) {
        switch wire.trimmingCharacters(in: .whitespaces).lowercased() {
        case "pending": self = .pending
        case "running", "executing", "in progress", "inprogress": self = .running
        case "completed", "complete", "succeeded": self = .completed
        case "failed", "failure": self = .failed
        default: self = .other(wire)
        }
    }

    /// The lower-case name patchsh prints and accepts in `--status`.
    public var description: String {
        switch self {
        case .pending: "pending"
        case .running: "running"
        case .completed: "completed"
        case .failed: "failed"
        case .other(let raw): raw
        }
    }

    /// True while the work it describes has not ended.
    public var isUnfinished: Bool { self == .pending || self == .running }
}
