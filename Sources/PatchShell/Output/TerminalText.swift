/// Makes text from the API safe to show on a terminal: no escape sequences, no control characters.
public enum TerminalText {
    /// Removes ESC sequences (CSI, OSC, two-byte) and C0/C1 controls; newlines and tabs become spaces.
    public static func flatten(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                skipEscape(&scalars)
            } else if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                result.append(" ")
            } else if !isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Like `flatten`, but keeps the newlines of a multi-line block.
    public static func flattenLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { flatten(String($0)) }.joined(separator: "\n")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "_", "^":
            var previous: Unicode.Scalar?
            while let next = scalars.next() {
                if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { break }
                previous = next
            }
        default:
            break
        }
    }
}
