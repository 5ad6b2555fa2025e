import Foundation

/// What completion knows at the moment Tab is pressed: a snapshot, so the completer stays a pure function.
struct CompletionContext {
    var registry: CommandRegistry
    var variables: [String]
    var aliases: [String]
    var servers: [String]
    /// Execution IDs of the current server; called only when an execution ID is being completed.
    var executions: () -> [String]
    /// Entries of a folder: (name, isDirectory).
    var listFolder: (String) -> [(String, Bool)]
}

/// The answer to one Tab: text to insert at the cursor, and the candidates when there is a choice.
struct CompletionAnswer: Equatable {
    var insertion: String
    var candidates: [String]
}

/// Tab completion driven by the command declarations: command names, flags, fixed flag values,
/// variables after `$`, files after `source`, `>` and for file arguments, and identifiers seen or fetched.
enum Completer {
    static func complete(_ lineBeforeCursor: String, context: CompletionContext) -> CompletionAnswer {
        let (words, partial) = splitWords(lineBeforeCursor)
        let candidates = self.candidates(words: words, partial: partial, context: context)
        return answer(partial: partial, candidates: candidates)
    }

    /// The words of the current statement before the cursor, and the partial word at the cursor.
    static func splitWords(_ line: String) -> ([String], String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character == ";" || character == "\n" {
                if !current.isEmpty { words.append(current) }
                words = []
                current = ""
            } else {
                current.append(character)
            }
        }
        return (words, current)
    }

    private static let commandPositionKeywords: Set<String> = ["if", "elif", "while", "not", "and", "or", "else", "("]

    private static func candidates(words: [String], partial: String, context: CompletionContext) -> [String] {
        if let dollar = partial.lastIndex(of: "$") {
            let prefix = String(partial[..<dollar]) + "$"
            let brace = partial[partial.index(after: dollar)...].hasPrefix("{")
            let names = context.variables + ["alias", "server", "execution", "user"]
            return Array(Set(names)).sorted().map { prefix + (brace ? "{" + $0 + "}" : $0) }
        }
        if let last = words.last, last == ">" || last == ">>" { return files(partial, context) }
        if partial.hasPrefix(">") { return files(String(partial.drop { $0 == ">" }), context).map { String(partial.prefix { $0 == ">" }) + $0 } }
        var commandWords = words
        while let first = commandWords.first, commandPositionKeywords.contains(first) { commandWords.removeFirst() }
        guard let name = commandWords.first else {
            return context.registry.allNames + ["if", "for", "while"]
        }
        guard let command = context.registry.command(named: name) else {
            return name == "source" ? files(partial, context) : []
        }
        let spec = command.spec
        let arguments = Array(commandWords.dropFirst())
        if let previous = arguments.last, previous.hasPrefix("--"),
           let flag = spec.flags.first(where: { "--" + $0.name == previous }) {
            switch flag.value {
            case .none: break
            case .choice(let values): return values
            case .text(_, let source): return values(of: source, context: context, partial: partial)
            }
        }
        if partial.hasPrefix("-") { return spec.flags.map { "--" + $0.name } }
        let position = positionalIndex(arguments, spec: spec)
        guard !spec.arguments.isEmpty else { return [] }
        let argument = spec.arguments[min(position, spec.arguments.count - 1)]
        if position >= spec.arguments.count, !argument.variadic { return [] }
        if spec.name == "use", position == 0 { return context.aliases + context.servers }
        return values(of: argument.completion, context: context, partial: partial)
    }

    /// How many positional arguments come before the cursor (flag values are not counted).
    private static func positionalIndex(_ arguments: [String], spec: CommandSpec) -> Int {
        var count = 0
        var skipNext = false
        for word in arguments {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("--"), let flag = spec.flags.first(where: { "--" + $0.name == word }) {
                if case .none = flag.value {} else { skipNext = true }
                continue
            }
            count += 1
        }
        return count
    }

    private static func values(of source: CompletionSource, context: CompletionContext, partial: String) -> [String] {
        switch source {
        case .none: return []
        case .command: return context.registry.allNames
        case .alias: return context.aliases
        case .server: return context.servers
        case .execution:
            // Offer `latest` only beside real IDs, so a slow fetch never completes the line to it alone.
            let ids = context.executions()
            return ids.isEmpty ? [] : ids + ["latest"]
        case .file: return files(partial, context)
        case .variable: return context.variables
        }
    }

    /// Paths in the folder of the partial path that start with its last component; folders end in `/`.
    private static func files(_ partial: String, _ context: CompletionContext) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let folder = slash.map { String(partial[...$0]) } ?? ""
        let entries = context.listFolder(folder.isEmpty ? "." : folder)
        return entries.filter { !$0.0.hasPrefix(".") || partial.hasPrefix(folder + ".") }
            .map { folder + $0.0 + ($0.1 ? "/" : "") }
    }

    /// The longest common extension of the matching candidates; a unique one ends with a space.
    static func answer(partial: String, candidates: [String]) -> CompletionAnswer {
        let matches = Array(Set(candidates.filter { $0.hasPrefix(partial) })).sorted()
        guard let first = matches.first else { return CompletionAnswer(insertion: "", candidates: []) }
        if matches.count == 1 {
            let rest = String(first.dropFirst(partial.count))
            return CompletionAnswer(insertion: rest + (first.hasSuffix("/") ? "" : " "), candidates: [])
        }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        return CompletionAnswer(insertion: String(common.dropFirst(partial.count)), candidates: matches)
    }
}
