/// Aligned columns fitted to the terminal: free-text columns give way first, the widest first, and a
/// cut cell ends in `…`. Colour, when asked for, wraps a status cell after its width is measured.
enum TableLayout {
    /// One cell as the table needs it: text already stripped of control characters.
    struct Cell {
        var text: String
        var tone: Tone?
    }

    /// The narrowest a free-text column is made before fixed columns are cut too.
    static let minimumTextWidth = 12

    static func render(titles: [String], rows: [[Cell]], roles: [Field.Role], width: Int?, colour: Bool) -> String {
        var widths = titles.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.text.count) }
        }
        if let width { widths = fitted(widths, titles: titles, roles: roles, into: width) }
        func line(_ row: [Cell]) -> String {
            var text = ""
            for (index, cell) in row.enumerated() {
                let shown = cut(cell.text, to: widths[index])
                text += colour ? SGR.paint(shown, cell.tone) : shown
                if index < row.count - 1 { text += String(repeating: " ", count: widths[index] - shown.count + 2) }
            }
            return text + "\n"
        }
        return line(titles.map { Cell(text: $0) }) + rows.map(line).joined()
    }

    /// Narrows the widest free-text column, one step at a time, until the line fits; then any column.
    static func fitted(_ original: [Int], titles: [String], roles: [Field.Role], into width: Int) -> [Int] {
        var widths = original
        func total() -> Int { widths.reduce(0, +) + 2 * max(widths.count - 1, 0) }
        for pass in [Field.Role.text, .fixed] {
            while total() > width {
                let candidates = widths.indices.filter { index in
                    (pass == .fixed || roles[index] == .text)
                        && widths[index] > (pass == .text ? max(minimumTextWidth, titles[index].count) : max(titles[index].count, 3))
                }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        return width <= 1 ? String(text.prefix(width)) : String(text.prefix(width - 1)) + "…"
    }
}

/// ANSI colours for statuses, used only on a terminal that wants them.
enum SGR {
    static func paint(_ text: String, _ tone: Tone?) -> String {
        guard let tone else { return text }
        let code: String
        switch tone {
        case .good: code = "32"
        case .bad: code = "1;31"
        case .waiting: code = "33"
        case .warning: code = "35"
        }
        return "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }
}
