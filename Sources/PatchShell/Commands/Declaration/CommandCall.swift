/// A command's words parsed against its declaration: positional arguments and flag values.
public struct CommandCall: Sendable {
    public var spec: CommandSpec
    public var arguments: [String]
    /// Flag name to its values (an empty string for a switch).
    public var flags: [String: [String]]
    public var location: SourceLocation?

    /// Whether a switch or flag was given.
    public func has(_ flag: String) -> Bool { flags[flag] != nil }

    /// The last value of a flag.
    public func value(_ flag: String) -> String? { flags[flag]?.last }

    /// Every value of a repeatable flag.
    public func values(_ flag: String) -> [String] { flags[flag] ?? [] }

    /// The positional argument at `index`, if given.
    public func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
}

/// Parses words against a `CommandSpec`; unknown flags get a "did you mean" hint.
enum ArgumentParser {
    /// The parse, or `nil` when `--help` was asked for.
    static func parse(_ words: [String], spec: CommandSpec, location: SourceLocation?) throws(ShellError) -> CommandCall? {
        var call = CommandCall(spec: spec, arguments: [], flags: [:], location: location)
        if spec.takesRawArguments {
            call.arguments = words
            return call
        }
        var index = 0
        var onlyArguments = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard !onlyArguments, word.hasPrefix("--"), word.count > 2 else {
                if word == "--" && !onlyArguments { onlyArguments = true } else { call.arguments.append(word) }
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if name == "help" { return nil }
            guard let flag = spec.flags.first(where: { $0.name == name }) else {
                let hint = NameSuggestion.nearest(to: name, in: spec.flags.map(\.name)).map { " Did you mean '--\($0)'?" } ?? ""
                throw .usage("'\(spec.name)' has no flag '--\(name)'.\(hint) \(spec.usageHint)")
            }
            if call.flags[name] != nil, !flag.repeatable {
                throw .usage("'--\(name)' is given twice. \(spec.usageHint)")
            }
            switch flag.value {
            case .none:
                if inlineValue != nil { throw .usage("'--\(name)' takes no value. \(spec.usageHint)") }
                call.flags[name, default: []].append("")
            case .text, .choice:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < words.count else {
                        throw .usage("'--\(name)' needs a value (\(flag.value.placeholder ?? "VALUE")). \(spec.usageHint)")
                    }
                    value = words[index]
                    index += 1
                }
                if case .choice(let choices) = flag.value, !choices.contains(value.lowercased()) {
                    let hint = NameSuggestion.nearest(to: value, in: choices).map { " Did you mean '\($0)'?" } ?? ""
                    throw .usage("'\(value)' is not a value of '--\(name)' (one of: \(choices.joined(separator: ", "))).\(hint)")
                }
                call.flags[name, default: []].append(flag.value.isChoice ? value.lowercased() : value)
            }
        }
        try checkArity(call, spec: spec)
        return call
    }

    private static func checkArity(_ call: CommandCall, spec: CommandSpec) throws(ShellError) {
        let required = spec.arguments.filter { !$0.optional }.count
        let variadic = spec.arguments.contains { $0.variadic }
        if call.arguments.count < required {
            let missing = spec.arguments[call.arguments.count].name
            throw .usage("'\(spec.name)' needs \(missing). \(spec.usageHint)")
        }
        if !variadic, call.arguments.count > spec.arguments.count {
            let extra = call.arguments[spec.arguments.count]
            throw .usage("'\(spec.name)' does not take '\(extra)'. \(spec.usageHint)")
        }
    }
}

extension FlagValue {
    var isChoice: Bool { if case .choice = self { return true } else { return false } }
}
