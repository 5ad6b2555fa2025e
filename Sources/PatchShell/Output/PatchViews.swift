import Foundation
import PatchKit

/// The listings of patches, executions and one execution's header: table rows and the JSON schema
/// documented in docs/COMMANDS.md (snake_case keys, ISO 8601 UTC times).
enum PatchViews {
    static func time(_ date: Date?) -> String { date.map(PatchTimeFormat.utc) ?? "-" }
    static func isoTime(_ date: Date?) -> JSONValue { date.map { .string(PatchTimeFormat.iso($0)) } ?? .null }

    /// `failed (reported completed)` when the platform's status and result code disagree.
    static func statusText(_ patch: Patch) -> String {
        patch.statusDisagreesWithResult ? "\(patch.effectiveStatus) (reported \(patch.status))" : patch.effectiveStatus.description
    }

    static func patches(_ patches: [Patch], note: String) -> Listing {
        let rows = patches.map { patch in
            [patch.kb ?? "-", statusText(patch), patch.result?.description ?? "-", time(patch.endTime), patch.title]
        }
        return Listing(columns: ["KB", "STATUS", "RESULT", "FINISHED", "PATCH"], rows: rows,
                       json: .array(patches.map(json)), emptyNote: note)
    }

    static func json(_ patch: Patch) -> JSONValue {
        .object([
            ("kb", .optional(patch.kb)),
            ("title", .string(patch.title)),
            ("status", .string(patch.effectiveStatus.description)),
            ("reported_status", .string(patch.status.description)),
            ("result_code", .optional(patch.result?.code)),
            ("result", .optional(patch.result?.meaning)),
            ("failed", .bool(patch.isFailed)),
            ("warning", .bool(patch.hasWarning)),
            ("status_disagrees", .bool(patch.statusDisagreesWithResult)),
            ("start_time", isoTime(patch.startTime)),
            ("end_time", isoTime(patch.endTime)),
            ("begin_message", .string(patch.beginMessage)),
            ("end_message", .optional(patch.endMessage)),
        ])
    }

    static func executions(_ executions: [ExecutionSummary]) -> Listing {
        let rows = executions.map { execution in
            [execution.id, execution.status.description, time(execution.startTime), time(execution.endTime),
             execution.updateCount.map(String.init) ?? "-", String(execution.initiations.count)]
        }
        let json = JSONValue.array(executions.map { execution in
            .object([
                ("execution_id", .string(execution.id)),
                ("status", .string(execution.status.description)),
                ("start_time", isoTime(execution.startTime)),
                ("end_time", isoTime(execution.endTime)),
                ("update_count", .optional(execution.updateCount)),
                ("initiations", .array(execution.initiations.map { round in
                    .object([
                        ("start_time", isoTime(round.startTime)),
                        ("end_time", isoTime(round.endTime)),
                        ("begin_message", .optional(round.beginMessage)),
                        ("end_message", .optional(round.endMessage)),
                        ("update_count", .optional(round.updateCount)),
                        ("update_urls", .array(round.updateURLs.map(JSONValue.string))),
                    ])
                })),
            ])
        })
        return Listing(columns: ["EXECUTION", "STATUS", "STARTED", "FINISHED", "UPDATES", "ROUNDS"], rows: rows,
                       json: json, emptyNote: "No executions recorded for this server.")
    }

    /// Counts by patchsh's rule: failed first, then the platform's status.
    struct Counts {
        var completed = 0, failed = 0, pending = 0, warnings = 0

        init(_ patches: [Patch]) {
            for patch in patches {
                if patch.isFailed { failed += 1 } else if patch.status == .completed { completed += 1 } else { pending += 1 }
                if patch.hasWarning { warnings += 1 }
            }
        }
    }

    static func execution(_ detail: ExecutionDetail, alias: String, server: String) -> Listing {
        let counts = Counts(detail.patches)
        let duration = detail.durationSeconds.map(DurationText.format(seconds:)) ?? "-"
        var patchLine = "\(detail.patchCount)"
        if detail.hasPatchDetails {
            patchLine += ": \(counts.completed) completed, \(counts.failed) failed, \(counts.pending) pending"
            if counts.warnings > 0 { patchLine += ", \(counts.warnings) with warnings" }
        } else {
            patchLine += " (the platform sent only a count, no details)"
        }
        let columns = ["EXECUTION", "STATUS", "STARTED", "FINISHED", "DURATION", "PATCHES", "COMPLETED", "FAILED", "PENDING"]
        let row = [detail.id, detail.status.description, time(detail.startTime), time(detail.endTime), duration,
                   String(detail.patchCount), String(counts.completed), String(counts.failed), String(counts.pending)]
        let json = JSONValue.object([
            ("account_alias", .string(alias)),
            ("server_id", .string(server)),
            ("execution_id", .string(detail.id)),
            ("status", .string(detail.status.description)),
            ("start_time", isoTime(detail.startTime)),
            ("end_time", isoTime(detail.endTime)),
            ("duration", .optional(detail.duration)),
            ("duration_seconds", .optional(detail.durationSeconds)),
            ("begin_message", .optional(detail.beginMessage)),
            ("end_message", .optional(detail.endMessage)),
            ("patch_count", .int(detail.patchCount)),
            ("has_patch_details", .bool(detail.hasPatchDetails)),
            ("counts", .object([("completed", .int(counts.completed)), ("failed", .int(counts.failed)),
                                ("pending", .int(counts.pending)), ("warnings", .int(counts.warnings))])),
            ("patches", .array(detail.patches.map(json))),
        ])
        var block = "Execution \(detail.id) on \(server) (account \(alias))\n"
        for (name, value) in [("status", detail.status.description), ("started", time(detail.startTime)),
                              ("finished", time(detail.endTime)), ("duration", duration), ("patches", patchLine)] {
            block += "  " + name + String(repeating: " ", count: 10 - name.count) + value + "\n"
        }
        if counts.failed > 0 { block += "Type 'patches --failed' to see the failures.\n" }
        var listing = Listing(columns: columns, rows: [row], json: json)
        listing.tableText = block
        return listing
    }
}
