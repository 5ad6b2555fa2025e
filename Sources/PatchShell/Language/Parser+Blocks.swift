/// The grammar rules added for functions, `try`, `return`, `assert` and block redirection.
extension Parser {
    // function := 'function' NAME sep block 'end'
    mutating func parseFunction() -> Statement? {
        let location = current.location
        advance()
        guard case .word(let nameWord) = current.kind, let name = nameWord.bareText, Self.isFunctionName(name),
              !Self.blockWords.contains(name) else {
            error("expected a function name after 'function' (letters, digits, '_' and '-')", at: current.location)
            return skipBlock(from: location, opener: "function")
        }
        advance()
        if !atSeparator && !atEnd {
            error("'function \(name)' takes no parameter list: its arguments are $1, $2, … and $@", at: current.location)
            recover()
        }
        let body = parseBlock(closers: ["end"])
        guard expectEnd(opener: "function", at: location) else { return nil }
        return .function(FunctionDefinition(name: name, body: body, nameLocation: nameWord.location))
    }

    // try := 'try' sep block ('catch' NAME? sep block)? 'end'
    mutating func parseTry() -> Statement? {
        let location = current.location
        advance()
        expectEndOfLine(after: "try")
        let body = parseBlock(closers: ["catch", "end"])
        var errorName = "error"
        var handler: [Statement] = []
        if keyword == "catch" {
            advance()
            if case .word(let word) = current.kind {
                if let name = word.bareText, Self.isName(name), !ReadOnlyNames.contains(name) {
                    errorName = name
                } else {
                    error("expected a variable name after 'catch', not '\(word.bareText ?? "…")'", at: word.location)
                }
                advance()
            }
            expectEndOfLine(after: "catch")
            handler = parseBlock(closers: ["end"])
        }
        guard expectEnd(opener: "try", at: location) else { return nil }
        return .tryBlock(body: body, errorName: errorName, handler: handler, location: location)
    }

    // return := 'return' word?
    mutating func parseReturn() -> Statement? {
        let location = current.location
        advance()
        var status: Word?
        if case .word(let word) = current.kind {
            status = word
            advance()
        }
        if !atSeparator && !atEnd {
            error("'return' takes at most one status", at: current.location)
            recover()
        }
        return .returnFromFunction(status: status, location: location)
    }

    // assert := 'assert' condition word?
    mutating func parseAssert() -> Statement? {
        let location = current.location
        advance()
        let items = conditionItems()
        guard !items.isEmpty else {
            error("expected a condition after 'assert'", at: location)
            return nil
        }
        var conditionParser = ConditionParser(items: items, end: current.location)
        let (condition, message) = conditionParser.parseWithMessage()
        for diagnostic in conditionParser.diagnostics { error(diagnostic.message, at: diagnostic.location) }
        guard conditionParser.diagnostics.isEmpty, let condition else { return nil }
        return .assertion(condition: condition, message: message, location: location)
    }

    /// `end > file` / `end >> file` after a block.
    mutating func parseTrailingRedirect(_ statement: Statement?) -> Statement? {
        guard case .redirect(let append) = current.kind else { return statement }
        let operatorLocation = current.location
        advance()
        guard case .word(let target) = current.kind else {
            error("expected a file name after '\(append ? ">>" : ">")'", at: operatorLocation)
            recover()
            return nil
        }
        advance()
        return statement.map { .redirected($0, Redirect(target: target, append: append)) }
    }

    private mutating func expectEndOfLine(after word: String) {
        if !atSeparator && !atEnd {
            error("expected a new line or ';' after '\(word)'", at: current.location)
            recover()
        }
    }

    /// Function names may also hold `-` (as `on-error` does), but not start with a digit or `-`.
    static func isFunctionName(_ text: String) -> Bool {
        isName(String(text.map { $0 == "-" ? "_" : $0 })) && !text.hasPrefix("-")
    }
}
