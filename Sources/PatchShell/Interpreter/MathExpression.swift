/// The integer expressions of `math`: `+ - * / %`, unary minus, parentheses, usual precedence.
struct MathExpression {
    private let characters: [Character]
    private let text: String
    private var index = 0

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// The value, or a failure that quotes the expression and says what is wrong.
    mutating func evaluate() throws(ShellError) -> Int64 {
        let value = try sum()
        skipSpaces()
        if index < characters.count { throw fault("unexpected '\(characters[index])' at character \(index + 1)") }
        return value
    }

    private func fault(_ reason: String) -> ShellError {
        .failed("'math \(text)': \(reason).", status: .failure)
    }

    private mutating func skipSpaces() { while index < characters.count, characters[index].isWhitespace { index += 1 } }

    private mutating func take(_ options: Set<Character>) -> Character? {
        skipSpaces()
        guard index < characters.count, options.contains(characters[index]) else { return nil }
        defer { index += 1 }
        return characters[index]
    }

    // sum := product (('+' | '-') product)*
    private mutating func sum() throws(ShellError) -> Int64 {
        var value = try product()
        while let op = take(["+", "-"]) {
            let right = try product()
            let (result, overflow) = op == "+" ? value.addingReportingOverflow(right) : value.subtractingReportingOverflow(right)
            if overflow { throw fault("the result does not fit in 64 bits") }
            value = result
        }
        return value
    }

    // product := unary (('*' | '/' | '%') unary)*
    private mutating func product() throws(ShellError) -> Int64 {
        var value = try unary()
        while let op = take(["*", "/", "%"]) {
            let right = try unary()
            if op != "*" && right == 0 { throw fault("division by zero") }
            let (result, overflow) = switch op {
            case "*": value.multipliedReportingOverflow(by: right)
            case "/": value.dividedReportingOverflow(by: right)
            default: value.remainderReportingOverflow(dividingBy: right)
            }
            if overflow { throw fault("the result does not fit in 64 bits") }
            value = result
        }
        return value
    }

    // unary := '-' unary | '(' sum ')' | NUMBER
    private mutating func unary() throws(ShellError) -> Int64 {
        if take(["-"]) != nil {
            let (value, overflow) = Int64(0).subtractingReportingOverflow(try unary())
            if overflow { throw fault("the result does not fit in 64 bits") }
            return value
        }
        if take(["("]) != nil {
            let value = try sum()
            guard take([")"]) != nil else { throw fault("a '(' is not closed") }
            return value
        }
        skipSpaces()
        let start = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard index > start else {
            throw fault(index < characters.count ? "expected a number at character \(index + 1), found '\(characters[index])'"
                                                 : "expected a number at the end")
        }
        guard let value = Int64(String(characters[start..<index])) else { throw fault("the number does not fit in 64 bits") }
        return value
    }
}
