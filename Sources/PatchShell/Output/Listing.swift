/// The result of a data command, ready to print in any format: rows for table, plain and CSV, and
/// a JSON value with the documented schema.
public struct Listing: Sendable {
    /// Column headers, in order.
    public var columns: [String]
    /// Rows of cells, one per column.
    public var rows: [[String]]
    /// The same data as a JSON document.
    public var json: JSONValue
    /// Printed on a terminal when there are no rows (never in machine formats).
    public var emptyNote: String?
    /// A hand-laid table view, when rows in columns would not read well (one execution's header).
    public var tableText: String?

    /// A plain memberwise initialiser.
    public init(columns: [String], rows: [[String]], json: JSONValue, emptyNote: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.json = json
        self.emptyNote = emptyNote
    }

    /// The text of the listing in `format`; `width` bounds table lines on a terminal.
    public func render(_ format: OutputFormat, width: Int?) -> String {
        switch format {
        case .json: return json.serialized(pretty: true) + "\n"
        case .csv: return CSV.document(header: columns, rows: rows)
        case .plain:
            return rows.map { $0.map(TerminalText.flatten).joined(separator: "\t") + "\n" }.joined()
        case .table:
            if let tableText { return TerminalText.flattenLines(tableText) }
            if rows.isEmpty, let emptyNote { return emptyNote + "\n" }
            return TableLayout.render(columns: columns, rows: rows, width: width)
        }
    }
}

/// RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF.
public enum CSV {
    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A header and rows.
    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}

/// Aligned columns; the last column is cut with an ellipsis to fit the terminal.
enum TableLayout {
    static func render(columns: [String], rows: [[String]], width: Int?) -> String {
        let cells = rows.map { $0.map(TerminalText.flatten) }
        var widths = columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var text = ""
            for (index, cell) in row.enumerated() {
                if index == row.count - 1 {
                    text += cell
                } else {
                    text += cell + String(repeating: " ", count: widths[index] - cell.count + 2)
                }
            }
            if let width, text.count > width, width > 1 { text = String(text.prefix(width - 1)) + "…" }
            return text + "\n"
        }
        return line(columns) + cells.map(line).joined()
    }
}
