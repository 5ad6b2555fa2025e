import Foundation
import PatchKit

/// The listings of executions and of one execution (its header, rounds and counts).
enum ExecutionViews {
    static func tone(_ status: PatchStatus) -> Tone? { PatchViews.tone(status) }

    /// One round's updates as people read them: KB numbers for Microsoft links, else the item.
    static func updateNames(_ round: Initiation) -> [String] {
        round.updateItems.map { item in
            if let range = item.range(of: "/kb/", options: [.backwards, .caseInsensitive]) {
                return "KB" + item[range.upperBound...]
            }
            return item
        }
    }

    static func json(_ round: Initiation) -> JSONValue {
        .object([
            ("start_time", Cell.time(round.startTime).json),
            ("end_time", Cell.time(round.endTime).json),
            ("begin_message", .optional(round.beginMessage)),
            ("end_message", .optional(round.endMessage)),
            ("update_count", .optional(round.updateCount)),
            ("update_urls", .array(round.updateURLs.map(JSONValue.string))),
            ("updates", .array(round.updateItems.map(JSONValue.string))),
        ])
    }

    static func rounds(_ summary: ExecutionSummary?) -> Cell {
        guard let summary else { return Cell(json: .array([]), text: "-") }
        return Cell(json: .array(summary.roundsInOrder.map(json)), text: String(summary.initiations.count))
    }

    static let listFields: [Field] = [
        Field("execution_id", "EXECUTION"), Field("status", "STATUS"), Field("start_time", "STARTED"),
        Field("end_time", "FINISHED"), Field("duration_seconds", "DURATION"), Field("update_count", "UPDATES"),
        Field("rounds", "ROUNDS"), Field("initiations", "INITIATIONS", role: .text),
    ]

    static func executions(_ executions: [ExecutionSummary]) -> Listing {
        let records: [[Cell]] = executions.map { execution in
            [.string(execution.id), .string(execution.status.description, tone: tone(execution.status)),
             .time(execution.startTime), .time(execution.endTime), .seconds(execution.durationSeconds),
             .int(execution.updateCount), .int(execution.initiations.count), rounds(execution)]
        }
        return Listing(fields: listFields, records: records,
                       defaultKeys: ["execution_id", "status", "start_time", "end_time", "duration_seconds", "update_count", "rounds"],
                       emptyNote: "No executions recorded for this server.")
    }

    static let detailFields: [Field] = [
        Field("account_alias", "ACCOUNT"), Field("server_id", "SERVER"), Field("execution_id", "EXECUTION"),
        Field("status", "STATUS"), Field("start_time", "STARTED"), Field("end_time", "FINISHED"),
        Field("duration", "REPORTED DURATION"), Field("duration_seconds", "DURATION"),
        Field("begin_message", "BEGIN MESSAGE", role: .text), Field("end_message", "END MESSAGE", role: .text),
        Field("patch_count", "PATCHES"), Field("has_patch_details", "DETAILS"),
        Field("completed_count", "COMPLETED"), Field("failed_count", "FAILED"), Field("pending_count", "PENDING"),
        Field("warning_count", "WARNINGS"), Field("counts", "COUNTS"),
        Field("rounds", "ROUNDS"), Field("initiations", "INITIATIONS", role: .text), Field("patches", "PATCH LIST", role: .text),
    ]

    /// One execution; `summary` (its entry in the server's list) supplies the rounds.
    static func execution(_ detail: ExecutionDetail, summary: ExecutionSummary?, alias: String, server: String) -> Listing {
        let counts = PatchViews.Counts(detail.patches)
        let record: [Cell] = [
            .string(alias), .string(server), .string(detail.id), .string(detail.status.description, tone: tone(detail.status)),
            .time(detail.startTime), .time(detail.endTime), .string(detail.duration), .seconds(detail.durationSeconds),
            .string(detail.beginMessage), .string(detail.endMessage),
            .int(detail.patchCount), .bool(detail.hasPatchDetails),
            .int(counts.completed, tone: .good), .int(counts.failed, tone: counts.failed > 0 ? .bad : nil),
            .int(counts.pending, tone: counts.pending > 0 ? .waiting : nil), .int(counts.warnings), Cell(json: counts.json),
            .int(summary?.initiations.count), rounds(summary),
            Cell(json: .array(detail.patches.map(PatchViews.json)), text: String(detail.patches.count)),
        ]
        var listing = Listing(fields: detailFields, records: [record],
                              defaultKeys: ["execution_id", "status", "start_time", "end_time", "duration_seconds", "patch_count",
                                            "completed_count", "failed_count", "pending_count"])
        listing.isSingleObject = true
        listing.block = { times in block(detail, summary: summary, counts: counts, alias: alias, server: server, times: times) }
        return listing
    }

    static func block(_ detail: ExecutionDetail, summary: ExecutionSummary?, counts: PatchViews.Counts,
                      alias: String, server: String, times: TimeDisplay) -> String {
        func time(_ date: Date?) -> String { date.map(times.text) ?? "-" }
        var patchLine = "\(detail.patchCount)"
        if detail.hasPatchDetails {
            patchLine += ": \(counts.completed) completed, \(counts.failed) failed, \(counts.pending) pending"
            if counts.warnings > 0 { patchLine += ", \(counts.warnings) with warnings" }
        } else {
            patchLine += " (the platform sent only a count, no details)"
        }
        let rounds = summary?.roundsInOrder ?? []
        var lines: [(String, String)] = [
            ("status", detail.status.description), ("started", time(detail.startTime)), ("finished", time(detail.endTime)),
            ("duration", detail.durationSeconds.map(DurationText.format(seconds:)) ?? "-"),
        ]
        if summary != nil { lines.append(("rounds", rounds.count == 1 ? "1 (no reboot)" : "\(rounds.count)")) }
        lines.append(("patches", patchLine))
        var text = "Execution \(detail.id) on \(server) (account \(alias))\n"
        for (name, value) in lines { text += "  " + name + String(repeating: " ", count: 10 - name.count) + value + "\n" }
        for (number, round) in rounds.enumerated() {
            let names = updateNames(round)
            var line = "    round \(number + 1)  \(time(round.startTime)) – \(time(round.endTime))  "
            line += round.updateCount.map { $0 == 1 ? "1 update" : "\($0) updates" } ?? "updates not stated"
            if !names.isEmpty { line += ": " + names.joined(separator: ", ") }
            text += line + "\n"
        }
        if counts.failed > 0 { text += "Type 'patches --failed' to see the failures.\n" }
        return text
    }
}
