/// Turns source text into tokens. It never stops at the first error: every unterminated quote,
/// bad variable or bad substitution is recorded and lexing goes on at the next line.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let origin: String
    private var index = 0
    private var line: Int
    private var column: Int
    /// Inside `$( … )`: a bare `)` at depth 0 ends the substitution.
    private let insideSubstitution: Bool
    private var parenDepth = 0
    private(set) var diagnostics: [SyntaxDiagnostic] = []

    init(_ source: String, origin: String) {
        var scalars = Array(source.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        // CRLF is one newline everywhere, inside quotes too.
        scalars = scalars.indices.compactMap { index in
            scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? nil : scalars[index]
        }
        self.init(scalars: scalars, start: 0, origin: origin, line: 1, column: 1, insideSubstitution: false)
    }

    private init(scalars: [Unicode.Scalar], start: Int, origin: String, line: Int, column: Int, insideSubstitution: Bool) {
        self.scalars = scalars
        self.index = start
        self.origin = origin
        self.line = line
        self.column = column
        self.insideSubstitution = insideSubstitution
    }

    private var location: SourceLocation { SourceLocation(origin: origin, line: line, column: column) }
    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private func peek(_ offset: Int = 1) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        guard let scalar = current else { return }
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else if scalar != "\r" || peek(0) != "\n" {
            column += 1
        }
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(SyntaxDiagnostic(location: location, message: message))
    }

    /// True at `\` + newline (or `\` + CRLF): a continuation that joins two lines.
    private var atContinuation: Bool {
        current == "\\" && (peek() == "\n" || (peek() == "\r" && peek(2) == "\n"))
    }

    private mutating func skipContinuation() {
        advance()
        if current == "\r" { advance() }
        advance()
    }

    /// All tokens up to the end (or, in a substitution, up to its closing `)`), ending with `.end`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while let scalar = current {
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                advance()
            } else if atContinuation {
                skipContinuation()
            } else if scalar == "#" {
                while let next = current, next != "\n" { advance() }
            } else if scalar == "\n" || scalar == ";" {
                tokens.append(Token(kind: .separator, location: location))
                advance()
            } else if scalar == ">" && peek() != "=" {
                let start = location
                advance()
                let append = current == ">"
                if append { advance() }
                tokens.append(Token(kind: .redirect(append: append), location: start))
            } else if insideSubstitution && scalar == ")" && parenDepth == 0 {
                break
            } else if let word = lexWord() {
                if insideSubstitution, let text = word.bareText {
                    if text == "(" { parenDepth += 1 } else if text == ")" { parenDepth -= 1 }
                }
                tokens.append(Token(kind: .word(word), location: word.location))
            }
        }
        tokens.append(Token(kind: .end, location: location))
        return tokens
    }

    private func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == ";" || scalar == "\r"
            || (insideSubstitution && scalar == ")" && parenDepth == 0)
    }

    private mutating func lexWord() -> Word? {
        let start = location
        var parts = PartBuilder()
        var quoted = false
        while let scalar = current, !endsWord(scalar) {
            if atContinuation {
                skipContinuation()
            } else if scalar == "'" {
                quoted = true
                lexSingleQuoted(into: &parts)
            } else if scalar == "\"" {
                quoted = true
                lexDoubleQuoted(into: &parts)
            } else if scalar == "$" {
                lexDollar(into: &parts)
            } else if scalar == "\\" {
                advance()
                if let escaped = current { parts.append(escaped); advance() }
                quoted = true
            } else {
                parts.append(scalar)
                advance()
            }
        }
        let built = parts.finish()
        var bare: String?
        if !quoted, built.count == 1, case .literal(let text) = built[0] { bare = text }
        return Word(parts: built.isEmpty ? [.literal("")] : built, location: start, bareText: bare, isQuoted: quoted)
    }

    private mutating func lexSingleQuoted(into parts: inout PartBuilder) {
        let start = location
        advance()
        parts.markQuoted()
        while let scalar = current, scalar != "'" {
            parts.append(scalar)
            advance()
        }
        if current == nil {
            error("unterminated single quote", at: start)
        } else {
            advance()
        }
    }

    private mutating func lexDoubleQuoted(into parts: inout PartBuilder) {
        let start = location
        advance()
        parts.markQuoted()
        while let scalar = current, scalar != "\"" {
            if atContinuation {
                skipContinuation()
            } else if scalar == "\\" {
                advance()
                guard let escaped = current else { break }
                switch escaped {
                case "n": parts.append("\n")
                case "t": parts.append("\t")
                case "r": parts.append("\r")
                case "\"", "\\", "$": parts.append(escaped)
                default:
                    parts.append("\\")
                    parts.append(escaped)
                }
                advance()
            } else if scalar == "$" {
                lexDollar(into: &parts)
            } else {
                parts.append(scalar)
                advance()
            }
        }
        if current == nil {
            error("unterminated double quote", at: start)
        } else {
            advance()
        }
    }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_"
    }

    private static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        isNameStart(s) || (s >= "0" && s <= "9")
    }

    private mutating func lexDollar(into parts: inout PartBuilder) {
        let start = location
        guard let next = peek() else {
            parts.append("$")
            advance()
            return
        }
        if next == "(" {
            lexSubstitution(into: &parts, start: start)
        } else if next == "{" {
            advance()
            advance()
            lexBraced(into: &parts, start: start)
        } else if next == "?" || next == "#" || next == "@" || (next >= "0" && next <= "9") {
            advance()
            advance()
            parts.appendVariable(String(next), fallback: nil, location: start)
        } else if Self.isNameStart(next) {
            advance()
            var name = ""
            while let scalar = current, Self.isNameCharacter(scalar) {
                name.unicodeScalars.append(scalar)
                advance()
            }
            // `$env.NAME`: the environment, reachable only by this explicit prefix.
            if name == "env", current == ".", let first = peek(), Self.isNameStart(first) {
                name.unicodeScalars.append(".")
                advance()
                while let scalar = current, Self.isNameCharacter(scalar) {
                    name.unicodeScalars.append(scalar)
                    advance()
                }
            }
            parts.appendVariable(name, fallback: nil, location: start)
        } else {
            parts.append("$")
            advance()
        }
    }

    private mutating func lexBraced(into parts: inout PartBuilder, start: SourceLocation) {
        var name = ""
        while let scalar = current, scalar != "}", scalar != ":", scalar != "\n" {
            name.unicodeScalars.append(scalar)
            advance()
        }
        var fallback: [WordPart]?
        if current == ":" {
            advance()
            guard current == "-" else {
                error("expected ':-' after '${\(name)' (the only form is ${name:-default})", at: location)
                skipTo("}")
                return
            }
            advance()
            var inner = PartBuilder()
            while let scalar = current, scalar != "}", scalar != "\n" {
                if scalar == "$" { lexDollar(into: &inner) } else { inner.append(scalar); advance() }
            }
            fallback = inner.finish()
        }
        guard current == "}" else {
            error("unterminated '${': expected '}'", at: start)
            return
        }
        advance()
        let valid = name.unicodeScalars.first.map { Self.isNameStart($0) || ("0"..."9").contains($0) } ?? false
            || ["?", "#", "@"].contains(name)
        let plain = name.hasPrefix("env.") ? String(name.dropFirst(4)) : name
        if !valid || plain.isEmpty || !plain.unicodeScalars.dropFirst().allSatisfy(Self.isNameCharacter) {
            error("'\(name)' is not a variable name", at: start)
        }
        parts.appendVariable(name, fallback: fallback, location: start)
    }

    private mutating func skipTo(_ closer: Unicode.Scalar) {
        while let scalar = current, scalar != closer, scalar != "\n" { advance() }
        if current == closer { advance() }
    }

    private mutating func lexSubstitution(into parts: inout PartBuilder, start: SourceLocation) {
        advance()
        advance()
        var inner = Lexer(scalars: scalars, start: index, origin: origin, line: line, column: column, insideSubstitution: true)
        let tokens = inner.tokenize()
        diagnostics += inner.diagnostics
        index = inner.index
        line = inner.line
        column = inner.column
        guard current == ")" else {
            error("unterminated '$(': expected ')'", at: start)
            return
        }
        advance()
        var parser = Parser(tokens: tokens)
        let script = parser.parseScript()
        diagnostics += parser.diagnostics
        parts.appendSubstitution(script, location: start)
    }
}

/// Accumulates word parts, merging adjacent literal text.
private struct PartBuilder {
    private var parts: [WordPart] = []
    private var text = ""
    private var sawQuote = false

    mutating func append(_ scalar: Unicode.Scalar) { text.unicodeScalars.append(scalar) }
    mutating func append(_ string: String) { text += string }
    mutating func markQuoted() { sawQuote = true }

    private mutating func flush() {
        if !text.isEmpty {
            parts.append(.literal(text))
            text = ""
        }
    }

    mutating func appendVariable(_ name: String, fallback: [WordPart]?, location: SourceLocation) {
        flush()
        parts.append(.variable(name: name, fallback: fallback, location: location))
    }

    mutating func appendSubstitution(_ script: Script, location: SourceLocation) {
        flush()
        parts.append(.substitution(script, location: location))
    }

    mutating func finish() -> [WordPart] {
        flush()
        if parts.isEmpty && sawQuote { return [.literal("")] }
        return parts
    }
}
