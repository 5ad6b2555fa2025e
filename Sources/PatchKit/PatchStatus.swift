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
        // ASCII case-insensitive matching without allocating: this runs once per patch.
        let known: [(String, PatchStatus)] = [
            ("completed", .completed), ("failed", .failed), ("pending", .pending), ("running", .running),
            ("complete", .completed), ("succeeded", .completed), ("failure", .failed),
            ("executing", .running), ("in progress", .running), ("inprogress", .running),
        ]
        let trimmed = wire.utf8.first == 0x20 || wire.utf8.last == 0x20 ? wire.trimmingCharacters(in: .whitespaces) : wire
        self = known.first { ASCIICase.equals(trimmed, $0.0) }?.1 ?? .other(wire)
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
