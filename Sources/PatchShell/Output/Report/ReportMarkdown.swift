import Foundation
import PatchKit

/// The report as GitHub-flavoured Markdown: a verdict, a table of servers, the failed patches.
/// Text from the API is stripped of control characters and its Markdown punctuation escaped.
enum ReportMarkdown {
    static func render(_ report: ComplianceReport, times: TimeDisplay) -> String {
        func time(_ date: Date?) -> String { date.map(times.text) ?? "-" }
        var text = "# Patch compliance — account \(escape(report.alias))\n\n"
        text += "**\(escape(report.verdictLine))**\n\n"
        text += "Generated \(time(report.generated)) (\(times.name)); each server judged on its latest execution.\n\n"
        text += "| Server | Execution | Status | Started | Completed | Failed | Pending | Verdict |\n"
        text += "| --- | --- | --- | --- | ---: | ---: | ---: | --- |\n"
        for entry in report.entries {
            let counts = entry.counts
            let numbers = entry.detail == nil ? ["-", "-", "-"] : ["\(counts.completed)", "\(counts.failed)", "\(counts.pending)"]
            let cells = [escape(entry.server), escape(entry.detail?.id ?? "-"), escape(entry.detail?.status.description ?? "-"),
                         time(entry.detail?.startTime)] + numbers + ["**\(entry.verdict.rawValue)** — \(escape(entry.reason))"]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let failing = report.entries.filter { !$0.failedPatches.isEmpty }
        if !failing.isEmpty {
            text += "\n## Failed patches\n"
            for entry in failing {
                text += "\n### \(escape(entry.server)) — \(escape(entry.detail?.id ?? "-"))\n\n"
                text += "| Update | Result | Finished | Patch |\n| --- | --- | --- | --- |\n"
                for patch in entry.failedPatches {
                    let title = escape(patch.title)
                    let linked = patch.articleURL.map { "[\(title)](\($0))" } ?? title
                    text += "| \(escape(patch.reference ?? "-")) | \(escape(ReportText.result(patch))) | \(time(patch.endTime)) | \(linked) |\n"
                }
            }
        }
        return text
    }

    /// Control characters out, then every character Markdown would read as markup escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.flatten(text) {
            if "\\`*_[]<>|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

/// Wording shared by the Markdown and HTML reports.
enum ReportText {
    /// `5 (aborted)`, and the disagreement when the platform said completed.
    static func result(_ patch: Patch) -> String {
        var text = patch.result?.description ?? "no result code"
        if patch.statusDisagreesWithResult { text += ", reported \(patch.status)" }
        return text
    }
}
