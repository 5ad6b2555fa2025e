import Glibc

/// Lays completion candidates out in columns, as shells list them.
public enum CandidateLayout {
    /// Candidates in as many columns as fit in `width`, ordered down the columns, ending with a newline.
    public static func columns(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        let rows = (candidates.count + perRow - 1) / perRow
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let item = candidates[index]
                line += item + String(repeating: " ", count: max(0, cell - item.count))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}

/// Reads the terminal's size.
public enum TerminalSize {
    /// Columns of the terminal on standard output, or 80 when it is not a terminal.
    public static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
