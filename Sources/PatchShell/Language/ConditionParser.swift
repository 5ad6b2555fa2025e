/// Parses one condition line: `or` binds loosest, then `and`, then `not`; parentheses group;
/// `a OP b` compares; anything else is a command whose success is the answer.
struct ConditionParser {
    /// A word of the line, or a `>` that the lexer took for a redirection.
    enum Item {
        case word(Word)
        case greater(SourceLocation)
        case invalid(String, SourceLocation)
    }

    private let items: [Item]
    private let end: SourceLocation
    private var index = 0
    private(set) var diagnostics: [SyntaxDiagnostic] = []

    init(items: [Item], end: SourceLocation) {
        self.items = items.flatMap(Self.splittingParentheses)
        self.end = end
    }

    /// `(a` and `b)` written without spaces: the parentheses become items of their own.
    private static func splittingParentheses(_ item: Item) -> [Item] {
        guard case .word(var word) = item, !word.isQuoted else { return [item] }
        var before: [Item] = [], after: [Item] = []
        while case .literal(let text)? = word.parts.first, text.hasPrefix("("), word.parts.count > 1 || text.count > 1 {
            before.append(.word(parenthesis("(", at: word.location)))
            word.location.column += 1
            word.parts[0] = .literal(String(text.dropFirst()))
            if text.count == 1 { word.parts.removeFirst() }
        }
        while case .literal(let text)? = word.parts.last, text.hasSuffix(")"), word.parts.count > 1 || text.count > 1 {
            after.insert(.word(parenthesis(")", at: word.location)), at: 0)
            word.parts[word.parts.count - 1] = .literal(String(text.dropLast()))
            if text.count == 1 { word.parts.removeLast() }
        }
        guard !before.isEmpty || !after.isEmpty else { return [item] }
        if word.parts.count == 1, case .literal(let text) = word.parts[0] { word.bareText = text }
        return before + [.word(word)] + after
    }

    private static func parenthesis(_ text: String, at location: SourceLocation) -> Word {
        Word(parts: [.literal(text)], location: location, bareText: text, isQuoted: false)
    }

    private func text(at position: Int) -> String? {
        guard position < items.count else { return nil }
        switch items[position] {
        case .word(let word): return word.bareText
        case .greater: return ">"
        case .invalid(let text, _): return text
        }
    }

    private func location(at position: Int) -> SourceLocation {
        guard position < items.count else { return end }
        switch items[position] {
        case .word(let word): return word.location
        case .greater(let location), .invalid(_, let location): return location
        }
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(SyntaxDiagnostic(location: location, message: message))
    }

    mutating func parse() -> Condition? {
        let condition = parseOr()
        // Only when the condition itself parsed: after an error, the leftover items are no news.
        if diagnostics.isEmpty, index < items.count {
            error("unexpected '\(text(at: index) ?? "…")' in the condition", at: location(at: index))
        }
        return condition
    }

    /// For `assert`: a condition, then optionally one word that is the failure message.
    mutating func parseWithMessage() -> (Condition?, Word?) {
        let condition = parseOr()
        var message: Word?
        if index == items.count - 1, case .word(let word) = items[index] {
            message = word
            index += 1
        }
        if index < items.count {
            error("unexpected '\(text(at: index) ?? "…")' in the assertion; quote the message as one word", at: location(at: index))
        }
        return (condition, message)
    }

    // or := and ('or' and)*
    private mutating func parseOr() -> Condition? {
        guard var left = parseAnd() else { return nil }
        while text(at: index) == "or" {
            index += 1
            guard let right = parseAnd() else { return nil }
            left = .or(left, right)
        }
        return left
    }

    // and := not ('and' not)*
    private mutating func parseAnd() -> Condition? {
        guard var left = parseNot() else { return nil }
        while text(at: index) == "and" {
            index += 1
            guard let right = parseNot() else { return nil }
            left = .and(left, right)
        }
        return left
    }

    // not := 'not' not | primary
    private mutating func parseNot() -> Condition? {
        if text(at: index) == "not" {
            index += 1
            return parseNot().map(Condition.not)
        }
        return parsePrimary()
    }

    // primary := '(' or ')' | word OP word | command
    private mutating func parsePrimary() -> Condition? {
        let start = location(at: index)
        if text(at: index) == "(" {
            index += 1
            let inner = parseOr()
            guard text(at: index) == ")" else {
                error("expected ')' to close the '(' at column \(start.column)", at: location(at: index))
                return nil
            }
            index += 1
            return inner
        }
        guard index < items.count else {
            error("expected a condition", at: start)
            return nil
        }
        if let op = text(at: index + 1).flatMap(ComparisonOperator.init(rawValue:)) {
            guard case .word(let left) = items[index], index + 2 < items.count, case .word(let right) = items[index + 2] else {
                error("expected a value on each side of '\(op.rawValue)'", at: location(at: index + 1))
                return nil
            }
            index += 3
            return .comparison(left, op, right)
        }
        var words: [Word] = []
        while index < items.count, !["and", "or", ")"].contains(text(at: index) ?? "") {
            switch items[index] {
            case .word(let word): words.append(word)
            case .greater(let location), .invalid(_, let location):
                error("a condition cannot redirect output; compare with '>' as 'a > b'", at: location)
                return nil
            }
            index += 1
        }
        guard !words.isEmpty else {
            error("expected a condition", at: start)
            return nil
        }
        return .command(CommandInvocation(words: words, redirect: nil, location: start))
    }
}
