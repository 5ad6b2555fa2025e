import Foundation
import PatchKit

/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no external assets.
enum ReportHTML {
    static func render(_ report: ComplianceReport, times: TimeDisplay) -> String {
        func time(_ date: Date?) -> String { date.map(times.text) ?? "–" }
        let verdictClass = report.isCompliant ? "ok" : "bad"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Patch compliance — account \(escape(report.alias))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <h1>Patch compliance — account \(escape(report.alias))</h1>
        <p class="verdict \(verdictClass)">\(escape(report.verdictLine))</p>
        <p class="meta">Generated \(escape(time(report.generated))) (\(escape(times.name))). Each server is judged on its latest execution.</p>
        \(ReportChart.svg(report))
        <table>
        <thead><tr><th>Server</th><th>Execution</th><th>Status</th><th>Started</th><th class="n">Completed</th>\
        <th class="n">Failed</th><th class="n">Pending</th><th>Verdict</th></tr></thead>
        <tbody>

        """
        for entry in report.entries {
            let counts = entry.counts
            let numbers = entry.detail == nil ? ["–", "–", "–"] : ["\(counts.completed)", "\(counts.failed)", "\(counts.pending)"]
            html += "<tr><td>\(escape(entry.server))</td><td>\(escape(entry.detail?.id ?? "–"))</td>"
                + "<td>\(escape(entry.detail?.status.description ?? "–"))</td><td>\(escape(time(entry.detail?.startTime)))</td>"
                + numbers.map { "<td class=\"n\">\($0)</td>" }.joined()
                + "<td><span class=\"tag \(tagClass(entry.verdict))\">\(entry.verdict.rawValue)</span> \(escape(entry.reason))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for entry in report.entries where !entry.failedPatches.isEmpty {
            html += "<h2>Failed on \(escape(entry.server)) — \(escape(entry.detail?.id ?? ""))</h2>\n<table>\n"
            html += "<thead><tr><th>Update</th><th>Result</th><th>Finished</th><th>Patch</th></tr></thead>\n<tbody>\n"
            for patch in entry.failedPatches {
                let title = escape(patch.title)
                let linked = patch.articleURL.map { "<a href=\"\(escape($0))\">\(title)</a>" } ?? title
                html += "<tr><td>\(escape(patch.reference ?? "–"))</td><td>\(escape(ReportText.result(patch)))</td>"
                    + "<td>\(escape(time(patch.endTime)))</td><td>\(linked)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func tagClass(_ verdict: ComplianceReport.Verdict) -> String {
        switch verdict {
        case .compliant: "ok"
        case .failed: "bad"
        case .inProgress: "wait"
        case .unknown: "unknown"
        }
    }

    /// Control characters out (they are not allowed in HTML anyway), then the five special characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.flatten(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    // Verdict and tag colours are deliberately not the chart's colours, so the chart can be measured.
    static let style = """
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
    h1 { font-size: 1.5rem; margin-bottom: .25rem; }
    h2 { font-size: 1.1rem; margin-top: 2rem; }
    .verdict { font-weight: 600; padding: .6rem .9rem; border-radius: 6px; }
    .verdict.ok { background: #e3f4e5; color: #1b4d22; }
    .verdict.bad { background: #fbe4e4; color: #7a1717; }
    .meta { color: #5b6670; font-size: .9rem; }
    table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
    th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #dde2e6; vertical-align: top; white-space: nowrap; }
    td:last-child { white-space: normal; }
    th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: #5b6670; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    .tag { display: inline-block; padding: 0 .45rem; border-radius: 4px; font-size: .85rem; font-weight: 600; }
    .tag.ok { background: #e3f4e5; color: #1b4d22; }
    .tag.bad { background: #fbe4e4; color: #7a1717; }
    .tag.wait { background: #fff3d6; color: #6b4e00; }
    .tag.unknown { background: #eceff1; color: #455a64; }
    svg { display: block; margin-top: 1.25rem; max-width: 100%; height: auto; }
    svg text { font: 13px system-ui, sans-serif; fill: #1d232a; }
    a { color: #0b5cad; }
    """
}
