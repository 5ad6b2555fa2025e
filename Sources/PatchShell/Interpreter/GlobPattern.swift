/// A shell-style pattern for `like`: `*` matches any text, `?` one character, `\` makes the next one literal.
struct GlobPattern {
    private enum Element: Equatable {
        case character(Character)
        case any
        case anyRun
    }

    private let elements: [Element]

    init(_ pattern: String) {
        var elements: [Element] = []
        var escaped = false
        for character in pattern {
            if escaped {
                elements.append(.character(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "*" {
                if elements.last != .anyRun { elements.append(.anyRun) }
            } else {
                elements.append(character == "?" ? .any : .character(character))
            }
        }
        if escaped { elements.append(.character("\\")) }
        self.elements = elements
    }

    /// Whether the whole of `text` matches (linear backtracking over the last `*`).
    func matches(_ text: String) -> Bool {
        let text = Array(text)
        var t = 0, p = 0
        var star: (pattern: Int, text: Int)?
        while t < text.count {
            if p < elements.count, elements[p] == .anyRun {
                star = (p, t)
                p += 1
            } else if p < elements.count, elements[p] == .any || elements[p] == .character(text[t]) {
                p += 1
                t += 1
            } else if let resume = star {
                p = resume.pattern + 1
                t = resume.text + 1
                star = (resume.pattern, resume.text + 1)
            } else {
                return false
            }
        }
        while p < elements.count, elements[p] == .anyRun { p += 1 }
        return p == elements.count
    }
}
