import Foundation
import PatchKit

/// The report as a listing (table, plain, JSON, NDJSON, CSV): one record per server, the verdict
/// after the table and around the JSON array.
enum ReportListing {
    static let fields: [Field] = [
        Field("server_id", "SERVER"), Field("execution_id", "EXECUTION"), Field("status", "STATUS"),
        Field("start_time", "STARTED"), Field("end_time", "FINISHED"), Field("patch_count", "PATCHES"),
        Field("completed_count", "COMPLETED"), Field("failed_count", "FAILED"), Field("pending_count", "PENDING"),
        Field("warning_count", "WARNINGS"), Field("verdict", "VERDICT"), Field("reason", "WHY", role: .text),
        Field("failed_patches", "FAILED PATCHES", role: .text),
    ]

    static func listing(_ report: ComplianceReport) -> Listing {
        let records: [[Cell]] = report.entries.map { entry in
            let counts = entry.counts
            let detail = entry.detail
            let failedNames = entry.failedPatches.map { ($0.reference ?? $0.title) + " " + ($0.result?.description ?? "status failed") }
            return [
                .string(entry.server), .string(detail?.id),
                .string(detail?.status.description, tone: detail.map { PatchViews.tone($0.status) } ?? nil),
                .time(detail?.startTime), .time(detail?.endTime), .int(detail?.patchCount),
                .int(detail.map { _ in counts.completed }), .int(detail.map { _ in counts.failed }),
                .int(detail.map { _ in counts.pending }), .int(detail.map { _ in counts.warnings }),
                .string(entry.verdict.rawValue, tone: entry.verdict.tone), .string(entry.reason),
                Cell(json: .array(entry.failedPatches.map(PatchViews.json)),
                     text: failedNames.isEmpty ? "-" : failedNames.joined(separator: "; ")),
            ]
        }
        var listing = Listing(fields: fields, records: records,
                              defaultKeys: ["server_id", "execution_id", "status", "start_time", "completed_count", "failed_count",
                                            "pending_count", "verdict", "reason"])
        let verdictLine = report.verdictLine
        listing.footer = { _ in verdictLine + "\n" }
        let compliant = report.isCompliant, alias = report.alias, generated = PatchTimeFormat.iso(report.generated)
        listing.envelope = { servers in
            .object([("account_alias", .string(alias)), ("generated_at", .string(generated)),
                     ("compliant", .bool(compliant)), ("verdict", .string(verdictLine)), ("servers", servers)])
        }
        return listing
    }
}
