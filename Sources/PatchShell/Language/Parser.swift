/// A recursive-descent parser, one method per grammar rule (docs/LANGUAGE.md has the grammar).
/// It recovers at statement boundaries, so one run reports every syntax error.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    private(set) var diagnostics: [SyntaxDiagnostic] = []

    init(tokens: [Token]) { self.tokens = tokens }

    /// Lexes and parses a whole source text.
    static func parse(_ source: String, origin: String) -> (Script, [SyntaxDiagnostic]) {
        var lexer = Lexer(source, origin: origin)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        let script = parser.parseScript()
        let all = (lexer.diagnostics + parser.diagnostics).sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
        return (script, all)
    }

    /// Words that open or close blocks; at the start of a statement they are never command names.
    static let blockWords: Set<String> = ["if", "elif", "else", "end", "for", "while", "break", "continue",
                                          "function", "return", "try", "catch", "assert"]

    var current: Token { tokens[min(index, tokens.count - 1)] }

    var atEnd: Bool { if case .end = current.kind { return true } else { return false } }

    var atSeparator: Bool { if case .separator = current.kind { return true } else { return false } }

    /// The keyword at the current position, if the token is a bare word.
    var keyword: String? {
        if case .word(let word) = current.kind { return word.bareText }
        return nil
    }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    mutating func skipSeparators() { while atSeparator { advance() } }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(SyntaxDiagnostic(location: location, message: message))
    }

    /// Skips to the next statement boundary after an error.
    mutating func recover() {
        while !atSeparator && !atEnd { advance() }
    }

    // script := statement*
    mutating func parseScript() -> Script {
        var statements = parseBlock(closers: [])
        while !atEnd {
            // A closer with no opener: report it and go on.
            error("'\(keyword ?? "?")' without a matching opening block", at: current.location)
            advance()
            statements += parseBlock(closers: [])
        }
        return Script(statements: statements)
    }

    // block := (statement separator)* — up to one of `closers` at the start of a statement.
    mutating func parseBlock(closers: Set<String>) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if atEnd { return statements }
            if let word = keyword, closers.contains(word) || (closers.isEmpty && ["elif", "else", "end", "catch"].contains(word)) {
                return statements
            }
            if let statement = parseStatement() { statements.append(statement) }
            if !atSeparator && !atEnd {
                error("expected the end of the statement", at: current.location)
                recover()
            }
        }
    }

    // statement := if | for | while | break | continue | command
    private mutating func parseStatement() -> Statement? {
        let location = current.location
        switch keyword {
        case "if": return parseTrailingRedirect(parseIf())
        case "for": return parseTrailingRedirect(parseFor())
        case "while": return parseTrailingRedirect(parseWhile())
        case "try": return parseTrailingRedirect(parseTry())
        case "function": return parseFunction()
        case "return": return parseReturn()
        case "assert": return parseAssert()
        case "elif", "else", "catch", "end":
            let word = keyword ?? ""
            error("'\(word)' without a matching '\(word == "catch" ? "try" : "if")'", at: location)
            advance()
            recover()
            return nil
        case "break", "continue":
            let isBreak = keyword == "break"
            advance()
            if !atSeparator && !atEnd {
                error("'\(isBreak ? "break" : "continue")' takes no arguments", at: current.location)
                recover()
            }
            return isBreak ? .breakLoop(location: location) : .continueLoop(location: location)
        default:
            return parseCommand().map(Statement.command)
        }
    }

    // command := word+ redirect?
    private mutating func parseCommand() -> CommandInvocation? {
        let location = current.location
        var words: [Word] = []
        var redirect: Redirect?
        while !atSeparator && !atEnd {
            switch current.kind {
            case .word(let word):
                if redirect != nil {
                    error("only one redirection target is allowed, found '\(word.bareText ?? "…")'", at: word.location)
                    recover()
                    return nil
                }
                words.append(word)
                advance()
            case .redirect(let append):
                let operatorLocation = current.location
                advance()
                guard case .word(let target) = current.kind else {
                    error("expected a file name after '\(append ? ">>" : ">")'", at: operatorLocation)
                    recover()
                    return nil
                }
                redirect = Redirect(target: target, append: append)
                advance()
            case .separator, .end:
                break
            }
        }
        guard !words.isEmpty else {
            error("expected a command before the redirection", at: location)
            return nil
        }
        return CommandInvocation(words: words, redirect: redirect, location: location)
    }

    // if := 'if' condition sep block ('elif' condition sep block)* ('else' block)? 'end'
    private mutating func parseIf() -> Statement? {
        let location = current.location
        var branches: [ConditionalBranch] = []
        var otherwise: [Statement]?
        advance()
        guard let first = parseConditionLine(after: "if", at: location) else { return skipBlock(from: location, opener: "if") }
        branches.append(ConditionalBranch(condition: first, body: parseBlock(closers: ["elif", "else", "end"])))
        while keyword == "elif" {
            let elifLocation = current.location
            advance()
            guard let condition = parseConditionLine(after: "elif", at: elifLocation) else {
                return skipBlock(from: location, opener: "if")
            }
            branches.append(ConditionalBranch(condition: condition, body: parseBlock(closers: ["elif", "else", "end"])))
        }
        if keyword == "else" {
            advance()
            otherwise = parseBlock(closers: ["end"])
        }
        guard expectEnd(opener: "if", at: location) else { return nil }
        return .conditional(branches: branches, otherwise: otherwise, location: location)
    }

    // for := 'for' NAME 'in' word* ('--jobs' word)? sep block 'end'
    private mutating func parseFor() -> Statement? {
        let location = current.location
        advance()
        guard case .word(let nameWord) = current.kind, let name = nameWord.bareText, Self.isName(name) else {
            error("expected a variable name after 'for'", at: current.location)
            return skipBlock(from: location, opener: "for")
        }
        if ReadOnlyNames.contains(name) {
            error("'\(name)' is a read-only session variable; use another name for the loop", at: nameWord.location)
        }
        advance()
        guard keyword == "in" else {
            error("expected 'in' after 'for \(name)'", at: current.location)
            return skipBlock(from: location, opener: "for")
        }
        advance()
        var items: [Word] = []
        while case .word(let word) = current.kind {
            items.append(word)
            advance()
        }
        if !atSeparator && !atEnd {
            error("expected a new line or ';' before the loop body", at: current.location)
            recover()
        }
        let (loopItems, jobs) = splitJobs(from: items)
        let body = parseBlock(closers: ["end"])
        guard expectEnd(opener: "for", at: location) else { return nil }
        if let jobs {
            return .parallelLoop(ParallelLoop(variable: name, items: loopItems, jobs: jobs, body: body, location: location))
        }
        return .forLoop(variable: name, items: items, body: body, location: location)
    }

    // while := 'while' condition sep block 'end'
    private mutating func parseWhile() -> Statement? {
        let location = current.location
        advance()
        guard let condition = parseConditionLine(after: "while", at: location) else {
            return skipBlock(from: location, opener: "while")
        }
        let body = parseBlock(closers: ["end"])
        guard expectEnd(opener: "while", at: location) else { return nil }
        return .whileLoop(condition: condition, body: body, location: location)
    }

    mutating func expectEnd(opener: String, at location: SourceLocation) -> Bool {
        guard keyword == "end" else {
            error("'\(opener)' on line \(location.line) has no matching 'end'", at: location)
            return false
        }
        advance()
        return true
    }

    /// After a bad block header: parse and drop the body so its `end` does not stray.
    mutating func skipBlock(from location: SourceLocation, opener: String) -> Statement? {
        recover()
        _ = parseBlock(closers: ["elif", "else", "end"])
        while keyword == "elif" || keyword == "else" {
            recover()
            _ = parseBlock(closers: ["elif", "else", "end"])
        }
        _ = expectEnd(opener: opener, at: location)
        return nil
    }

    /// Reads the rest of the line as a condition.
    mutating func parseConditionLine(after opener: String, at location: SourceLocation) -> Condition? {
        let items = conditionItems()
        guard !items.isEmpty else {
            error("expected a condition after '\(opener)'", at: location)
            return nil
        }
        var conditionParser = ConditionParser(items: items, end: current.location)
        let condition = conditionParser.parse()
        diagnostics += conditionParser.diagnostics
        return conditionParser.diagnostics.isEmpty ? condition : nil
    }

    /// The words of the rest of the line, with a `>` kept as the comparison it is in a condition.
    mutating func conditionItems() -> [ConditionParser.Item] {
        var items: [ConditionParser.Item] = []
        while !atSeparator && !atEnd {
            switch current.kind {
            case .word(let word): items.append(.word(word))
            case .redirect(let append): items.append(append ? .invalid(">>", current.location) : .greater(current.location))
            case .separator, .end: break
            }
            advance()
        }
        return items
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
