/// One lexical token of the patchsh language.
public struct Token: Sendable, Equatable {
    /// What kind of token this is.
    public enum Kind: Sendable, Equatable {
        /// A word made of literal text, variables and substitutions.
        case word(Word)
        /// `>` or `>>` at the start of a word.
        case redirect(append: Bool)
        /// A newline or `;`: both end a statement.
        case separator
        /// The end of the source.
        case end
    }

    public var kind: Kind
    public var location: SourceLocation
}

/// A word as written: its parts, and whether it was written bare (unquoted), which keywords need.
public struct Word: Sendable, Equatable {
    public var parts: [WordPart]
    public var location: SourceLocation
    /// The text when the word is one unquoted literal (so it can be a keyword or operator).
    public var bareText: String?
    /// Whether any part was quoted or escaped (then `$( … )` is never split into lines).
    public var isQuoted: Bool

    /// A plain memberwise initialiser.
    public init(parts: [WordPart], location: SourceLocation, bareText: String?, isQuoted: Bool) {
        self.parts = parts
        self.location = location
        self.bareText = bareText
        self.isQuoted = isQuoted
    }
}

/// A piece of a word.
public indirect enum WordPart: Sendable, Equatable {
    /// Text taken as it stands.
    case literal(String)
    /// `$name`, `${name}` or `${name:-default}`.
    case variable(name: String, fallback: [WordPart]?, location: SourceLocation)
    /// `$(command …)`: the command's output, trailing newlines removed.
    case substitution(Script, location: SourceLocation)
}
