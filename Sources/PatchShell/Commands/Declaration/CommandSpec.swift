/// A command's one declaration: it drives argument parsing, `help`, and tab completion.
public struct CommandSpec: Sendable {
    /// Which part of `help` lists the command.
    public enum Group: String, Sendable, CaseIterable {
        case session = "Session"
        case data = "Patching data"
        case patching = "Applying patches"
        case shell = "Shell"
    }

    public var name: String
    public var aliases: [String]
    public var group: Group
    /// One line, lower case, no final period.
    public var summary: String
    public var arguments: [ArgumentSpec]
    public var flags: [FlagSpec]
    /// Lines that run as written (the test suite runs them).
    public var examples: [String]
    /// Paragraphs shown by `help NAME` after the flags.
    public var discussion: String?
    /// When true, every word is an argument (no flag parsing): `echo --x` prints `--x`.
    public var takesRawArguments: Bool

    /// A declaration; every part but name, group and summary is optional.
    public init(name: String, aliases: [String] = [], group: Group, summary: String,
                arguments: [ArgumentSpec] = [], flags: [FlagSpec] = [], examples: [String] = [],
                discussion: String? = nil, takesRawArguments: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.arguments = arguments
        self.flags = flags
        self.examples = examples
        self.discussion = discussion
        self.takesRawArguments = takesRawArguments
    }

    /// `patches [--failed] [--status STATUS]… [--format FORMAT]`, on one line (for error messages).
    public var usage: String { ([name] + usageParts).joined(separator: " ") }

    /// The end of a usage error: the usage itself when it is short, else where to find it.
    public var usageHint: String { usage.count <= 60 ? "Usage: \(usage)" : "See 'help \(name)'." }

    /// The arguments and flags of the usage line, one element each, so `help` can wrap between them.
    public var usageParts: [String] {
        var parts: [String] = []
        for argument in arguments {
            let text = argument.name + (argument.variadic ? "…" : "")
            parts.append(argument.optional ? "[\(text)]" : text)
        }
        for flag in flags {
            var text = "--" + flag.name
            if let placeholder = flag.value.placeholder { text += " " + placeholder }
            parts.append("[\(text)]" + (flag.repeatable ? "…" : ""))
        }
        return parts
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: String
    public var optional: Bool
    public var variadic: Bool
    public var completion: CompletionSource

    /// A positional argument; `variadic` takes all remaining words.
    public init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false,
                completion: CompletionSource = .none) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
        self.completion = completion
    }
}

/// A `--flag`, with or without a value.
public struct FlagSpec: Sendable {
    public var name: String
    public var help: String
    public var value: FlagValue
    public var repeatable: Bool

    /// A flag declaration.
    public init(_ name: String, help: String, value: FlagValue = .none, repeatable: Bool = false) {
        self.name = name
        self.help = help
        self.value = value
        self.repeatable = repeatable
    }

    /// `--format table|plain|json|ndjson|csv`, shared by every data command.
    public static let format = FlagSpec("format", help: "output format (default: table on a terminal, plain elsewhere, or the one set by 'format')",
                                        value: .choice(OutputFormat.names))
}

/// What a flag takes.
public enum FlagValue: Sendable {
    /// Nothing: the flag is a switch.
    case none
    /// Free text, completed from `completion`.
    case text(placeholder: String, completion: CompletionSource)
    /// One of a fixed set of words (checked by the parser, offered by completion).
    case choice([String])

    /// The placeholder shown in usage lines.
    public var placeholder: String? {
        switch self {
        case .none: return nil
        case .text(let placeholder, _): return placeholder
        case .choice(let words):
            let joined = words.joined(separator: "|")
            return joined.count <= 40 ? joined : "VALUE"
        }
    }
}

/// Where tab completion finds candidates for a value.
public enum CompletionSource: Sendable {
    case none, command, alias, server, execution, file, variable
}
