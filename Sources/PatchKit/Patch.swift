import Foundation

/// One patch attempted during an execution, with the facts decoded from its messages.
public struct Patch: Sendable, Equatable {
    /// The platform's `patch_begin_message`, e.g. `Installing Update for Windows Server 2012 R2 (KB3084905)`.
    public var beginMessage: String
    /// The platform's `patch_end_message`, e.g. `Result Code: 2`; nil while unknown.
    public var endMessage: String?
    public var status: PatchStatus
    public var startTime: Date?
    public var endTime: Date?

    /// A plain memberwise initialiser.
    public init(beginMessage: String, endMessage: String?, status: PatchStatus, startTime: Date?, endTime: Date?) {
        self.beginMessage = beginMessage
        self.endMessage = endMessage
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
    }

    /// The result code from `Result Code: N`, if the message carries one.
    public var result: OperationResult? { endMessage.flatMap { OperationResult(message: $0) } }

    /// The Windows KB number, e.g. `KB3135998`, taken from the last `(KB…)` in the message.
    public var kb: String? {
        guard let open = beginMessage.range(of: "(KB", options: [.backwards, .caseInsensitive]) else { return nil }
        let digits = beginMessage[open.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : "KB" + digits
    }

    /// The update's name without the `Installing ` prefix or the `(KB…)` suffix.
    public var title: String {
        var text = Substring(beginMessage)
        if text.lowercased().hasPrefix("installing ") { text = text.dropFirst("installing ".count) }
        if let kb, let range = text.range(of: "(\(kb))", options: [.backwards, .caseInsensitive]) {
            text = text[..<range.lowerBound]
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// patchsh's rule: failed when the status says so or the result code is 4 (failed) or 5 (aborted).
    public var isFailed: Bool {
        if status == .failed { return true }
        switch result {
        case .failed?, .aborted?: return true
        default: return false
        }
    }

    /// Result code 3: listed as a warning, not counted as failed.
    public var hasWarning: Bool { result == .succeededWithErrors }

    /// True when the status and the result code tell different stories (e.g. `completed` with code 4).
    public var statusDisagreesWithResult: Bool {
        guard let result else { return false }
        switch (status, result) {
        case (.completed, .failed), (.completed, .aborted), (.failed, .succeeded): return true
        default: return false
        }
    }

    /// The status patchsh reports: `failed` whenever `isFailed`, otherwise the platform's.
    public var effectiveStatus: PatchStatus { isFailed ? .failed : status }
}
