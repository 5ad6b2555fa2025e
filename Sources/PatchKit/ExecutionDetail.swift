import Foundation

/// Everything one execution did on one server: the seed endpoint's answer.
public struct ExecutionDetail: Sendable, Equatable {
    public var id: String
    public var status: PatchStatus
    public var startTime: Date?
    public var endTime: Date?
    /// The platform's own text, e.g. `20m 4s`.
    public var duration: String?
    public var beginMessage: String?
    public var endMessage: String?
    /// The attempted patches; empty when the platform sent only a count.
    public var patches: [Patch]
    /// How many patches the platform reported: the array's length, or the bare number it sent instead.
    public var patchCount: Int
    /// False when `patches` came as a number, so no per-patch details exist.
    public var hasPatchDetails: Bool

    /// A plain memberwise initialiser.
    public init(id: String, status: PatchStatus, startTime: Date?, endTime: Date?, duration: String?,
                beginMessage: String?, endMessage: String?, patches: [Patch], patchCount: Int, hasPatchDetails: Bool) {
        self.id = id
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.duration = duration
        self.beginMessage = beginMessage
        self.endMessage = endMessage
        self.patches = patches
        self.patchCount = patchCount
        self.hasPatchDetails = hasPatchDetails
    }

    /// Seconds taken: from `20m 4s` when given, else from the start and end times.
    public var durationSeconds: Int? {
        if let text = duration, let seconds = DurationText.seconds(in: text) { return seconds }
        guard let start = startTime, let end = endTime, end >= start else { return nil }
        return Int(end.timeIntervalSince(start).rounded())
    }

    /// Patches that count as failed under patchsh's rule (see `Patch.isFailed`).
    public var failedPatches: [Patch] { patches.filter(\.isFailed) }
}

/// Reads the platform's `1h 20m 4s` style durations.
public enum DurationText {
    /// Total seconds, or nil when the text holds no `<number><unit>` part.
    public static func seconds(in text: String) -> Int? {
        var total = 0
        var found = false
        for part in text.split(separator: " ") {
            guard let unit = part.last, let number = Int(part.dropLast()) else { continue }
            switch unit {
            case "h": total += number * 3600
            case "m": total += number * 60
            case "s": total += number
            default: continue
            }
            found = true
        }
        return found ? total : nil
    }

    /// `1h 02m 05s`-free, compact rendering: `41m 27s`, `2h 0m 5s`, `8s`.
    public static func format(seconds: Int) -> String {
        let hours = seconds / 3600, minutes = seconds % 3600 / 60, secs = seconds % 60
        if hours > 0 { return "\(hours)h \(minutes)m \(secs)s" }
        if minutes > 0 { return "\(minutes)m \(secs)s" }
        return "\(secs)s"
    }
}
