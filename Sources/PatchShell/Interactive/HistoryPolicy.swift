/// Which entered lines history may keep: never one starting with a space (the shell convention for
/// "don't record this"), and never one that carries a secret — the session's token, or anything shaped
/// like a token or a password assignment, which a person may paste by mistake.
enum HistoryPolicy {
    static func shouldRecord(_ entry: String, secrets: [String]) -> Bool {
        guard let first = entry.first, first != " ", first != "\t" else { return false }
        if secrets.contains(where: { !$0.isEmpty && entry.contains($0) }) { return false }
        // `login USER WORD`: login takes one argument, so a second word is a password typed in the wrong place.
        let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.first == "login", words.dropFirst().filter({ !$0.hasPrefix("--") }).count >= 2 { return false }
        let lowered = entry.lowercased().replacingOccurrences(of: "--password-stdin", with: "")
        if ["password", "passwd", "bearer "].contains(where: lowered.contains) { return false }
        return !entry.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" || $0 == "\"" || $0 == "'" })
            .contains(where: looksLikeToken)
    }

    /// 32 or more characters of a token alphabet, mixing letters and digits (a JWT or an opaque key).
    static func looksLikeToken(_ word: Substring) -> Bool {
        guard word.count >= 32 else { return false }
        var letters = false, digits = false
        for scalar in word.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z": letters = true
            case "0"..."9": digits = true
            case "-", "_", ".", "+", "/": break
            default: return false
            }
        }
        return letters && digits
    }
}
