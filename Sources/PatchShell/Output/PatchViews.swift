import Foundation
import PatchKit

/// The listing of patches: every decoded fact as a field (the JSON schema in docs/COMMANDS.md).
enum PatchViews {
    static let fields: [Field] = [
        Field("kb", "KB"), Field("package", "PACKAGE"), Field("version", "VERSION"), Field("arch", "ARCH"),
        Field("update", "UPDATE"), Field("title", "PATCH", role: .text),
        Field("status", "STATUS"), Field("reported_status", "REPORTED"),
        Field("result_code", "RESULT"), Field("result", "MEANING"),
        Field("failed", "FAILED"), Field("warning", "WARNING"), Field("status_disagrees", "DISAGREES"),
        Field("start_time", "STARTED"), Field("end_time", "FINISHED"), Field("duration_seconds", "DURATION"),
        Field("article_url", "ARTICLE"),
        Field("begin_message", "BEGIN MESSAGE", role: .text), Field("end_message", "END MESSAGE", role: .text),
    ]

    static let defaultKeys = ["update", "status", "result_code", "duration_seconds", "end_time", "title"]

    /// `failed (reported completed)` when the platform's status and result code disagree.
    static func statusText(_ patch: Patch) -> String {
        patch.statusDisagreesWithResult ? "\(patch.effectiveStatus) (reported \(patch.status))" : patch.effectiveStatus.description
    }

    static func tone(_ status: PatchStatus) -> Tone? {
        switch status {
        case .completed: .good
        case .failed: .bad
        case .pending, .running: .waiting
        case .other: nil
        }
    }

    static func tone(_ result: OperationResult?) -> Tone? {
        switch result {
        case .succeeded?: .good
        case .failed?, .aborted?: .bad
        case .succeededWithErrors?: .warning
        case .notStarted?, .inProgress?: .waiting
        case .unknown?, nil: nil
        }
    }

    static func record(_ patch: Patch) -> [Cell] {
        let package = patch.package
        return [
            .string(patch.kb), .string(package?.name), .string(package?.version), .string(package?.architecture),
            .string(patch.reference), .string(patch.title),
            .string(patch.effectiveStatus.description, text: statusText(patch), tone: tone(patch.effectiveStatus)),
            .string(patch.status.description),
            .int(patch.result?.code, text: patch.result?.description, tone: tone(patch.result)),
            .string(patch.result?.meaning),
            .bool(patch.isFailed), .bool(patch.hasWarning), .bool(patch.statusDisagreesWithResult),
            .time(patch.startTime), .time(patch.endTime), .seconds(patch.durationSeconds),
            .string(patch.articleURL),
            .string(patch.beginMessage), .string(patch.endMessage),
        ]
    }

    static func patches(_ patches: [Patch], note: String) -> Listing {
        Listing(fields: fields, records: patches.map(record), defaultKeys: defaultKeys, emptyNote: note)
    }

    /// A patch as the JSON of one execution nests it.
    static func json(_ patch: Patch) -> JSONValue {
        .object(zip(fields, record(patch)).map { ($0.key, $1.json) })
    }

    /// Counts by patchsh's rule: failed first, then the platform's status.
    struct Counts: Sendable {
        var completed = 0, failed = 0, pending = 0, warnings = 0

        init(_ patches: [Patch]) {
            for patch in patches {
                if patch.isFailed { failed += 1 } else if patch.status == .completed { completed += 1 } else { pending += 1 }
                if patch.hasWarning { warnings += 1 }
            }
        }

        var json: JSONValue {
            .object([("completed", .int(completed)), ("failed", .int(failed)), ("pending", .int(pending)), ("warnings", .int(warnings))])
        }
    }
}
