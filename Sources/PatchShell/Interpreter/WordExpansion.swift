import PatchKit

extension Shell {
    /// Expands a word to its values. A word that is exactly `$@` gives one value per script argument,
    /// and a bare `$( … )` standing alone gives one value per non-empty output line; every other word
    /// gives exactly one value (no splitting on spaces, unlike sh).
    func expand(_ word: Word) async throws -> [String] {
        if word.bareText == nil, word.parts.count == 1 {
            switch word.parts[0] {
            case .variable(let name, nil, _) where name == "@":
                return arguments
            case .substitution(let script, let location) where !word.isQuoted:
                return try await substitute(script, at: location).split(separator: "\n").map(String.init)
            default:
                break
            }
        }
        var text = ""
        for part in word.parts { text += try await expand(part) }
        return [text]
    }

    private func expand(_ part: WordPart) async throws -> String {
        switch part {
        case .literal(let text):
            return text
        case .variable(let name, let fallback, let location):
            if let value = try value(of: name, at: location) { return value }
            if let fallback {
                var text = ""
                for part in fallback { text += try await expand(part) }
                return text
            }
            throw LocatedError(error: .undefinedVariable(name), location: location)
        case .substitution(let script, let location):
            return try await substitute(script, at: location)
        }
    }

    /// The value of a variable, or nil when it is not set. Session names are read-only views.
    func value(of name: String, at location: SourceLocation?) throws -> String? {
        switch name {
        case "?": return String(lastStatus)
        case "#": return String(arguments.count)
        case "@": return arguments.joined(separator: " ")
        case "0": return scriptName
        case "alias": return session.alias
        case "server": return session.server
        case "execution": return session.execution
        case "user": return session.user
        case "env": throw LocatedError(error: .usage(EnvironmentAccess.bareEnvMessage), location: location)
        default:
            if name.hasPrefix("env.") { return try environmentValue(String(name.dropFirst(4)), at: location) }
            if let index = Int(name) { return index >= 1 && index <= arguments.count ? arguments[index - 1] : nil }
            return variables[name]
        }
    }

    /// Runs a nested script with its output captured; trailing newlines are dropped, as in sh.
    private func substitute(_ script: Script, at location: SourceLocation) async throws -> String {
        let previous = output
        let buffer = TextSink.buffer()
        output = buffer
        defer { output = previous }
        try await execute(script.statements)
        var text = buffer.collected
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
