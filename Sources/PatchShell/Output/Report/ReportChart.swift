import PatchKit

/// The report's chart: one horizontal bar per server, its latest execution's patches split into
/// completed, failed and pending, all bars on one scale so a bigger run reads as a longer bar.
enum ReportChart {
    /// The colours a test looks for in a screenshot; nothing else on the page uses them.
    static let completedColour = "#2e9d4a"
    static let failedColour = "#d9342b"
    static let pendingColour = "#f0a81c"
    static let noDataColour = "#b0bec5"

    static let labelWidth = 170, barWidth = 480, rowHeight = 34, barHeight = 22, top = 34

    static func svg(_ report: ComplianceReport) -> String {
        let largest = max(report.entries.map { $0.detail?.patches.count ?? 0 }.max() ?? 0, 1)
        let height = top + rowHeight * report.entries.count + 8
        let width = labelWidth + barWidth + 230
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\"Patches per server: completed, failed, pending\">\n"
        svg += legend()
        for (row, entry) in report.entries.enumerated() {
            let y = top + row * rowHeight
            svg += "<text x=\"0\" y=\"\(y + 16)\">\(ReportHTML.escape(entry.server))</text>\n"
            let counts = entry.counts
            let segments = [(counts.completed, completedColour, "completed"), (counts.failed, failedColour, "failed"),
                            (counts.pending, pendingColour, "pending")]
            var x = labelWidth
            if counts.completed + counts.failed + counts.pending == 0 {
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"6\" height=\"\(barHeight)\" fill=\"\(noDataColour)\"/>\n"
                svg += "<text x=\"\(x + 12)\" y=\"\(y + 16)\">\(ReportHTML.escape(entry.reason))</text>\n"
                continue
            }
            for (count, colour, name) in segments where count > 0 {
                let length = barWidth * count / largest
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(colour)\">"
                    + "<title>\(count) \(name)</title></rect>\n"
                x += length
            }
            svg += "<text x=\"\(x + 8)\" y=\"\(y + 16)\">\(counts.completed) completed · \(counts.failed) failed · \(counts.pending) pending</text>\n"
        }
        return svg + "</svg>"
    }

    private static func legend() -> String {
        var text = ""
        for (index, (colour, name)) in [(completedColour, "completed"), (failedColour, "failed"), (pendingColour, "pending")].enumerated() {
            let x = labelWidth + index * 120
            text += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
                + "<text x=\"\(x + 16)\" y=\"14\">\(name)</text>\n"
        }
        return text
    }
}
