import Foundation

/// Checks a parsed script before anything runs: unknown command names and misspelt flags (when written
/// as literals), `break`/`continue` outside a loop, `return` outside a function, functions defined inside
/// blocks or over a built-in, and reads of the password from the environment. Every problem is reported.
struct StaticChecker {
    private struct Context {
        var inLoop = false
        var inFunction = false
        var topLevel = true
        /// Inside a parallel loop's body, where commands that change what every iteration shares are refused.
        var inParallelLoop = false
    }

    private let registry: CommandRegistry
    private var functions: Set<String>
    /// False when a `source` target cannot be known before running: its functions might be called.
    private var checksCommandNames = true
    private let directory: String?
    /// True when the script is standard input: the line after `login --password-stdin` may be a password.
    private let scriptIsStandardInput: Bool
    private var diagnostics: [SyntaxDiagnostic] = []
    private var definedAt: [String: SourceLocation] = [:]

    init(registry: CommandRegistry, definedFunctions: Set<String>, directory: String?, scriptIsStandardInput: Bool = false) {
        self.registry = registry
        self.scriptIsStandardInput = scriptIsStandardInput
        self.functions = definedFunctions
        self.directory = directory
    }

    /// Every problem in the script.
    mutating func check(_ script: Script) -> [SyntaxDiagnostic] {
        collectFunctions(script.statements)
        check(script.statements, Context())
        return diagnostics
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(SyntaxDiagnostic(location: location, message: message))
    }

    /// Function names known before running: this file's and those of files it sources by a literal path.
    private mutating func collectFunctions(_ statements: [Statement]) {
        for statement in statements {
            if case .function(let definition) = statement {
                if let earlier = definedAt[definition.name] {
                    error("function '\(definition.name)' is already defined on line \(earlier.line)", at: definition.nameLocation)
                }
                definedAt[definition.name] = definition.nameLocation
                functions.insert(definition.name)
            }
        }
        var visited: Set<String> = []
        sourcedFunctions(statements, directory: directory, depth: 0, visited: &visited)
    }

    private mutating func sourcedFunctions(_ statements: [Statement], directory: String?, depth: Int, visited: inout Set<String>) {
        for statement in statements {
            guard case .command(let invocation) = statement, invocation.words.first?.bareText == "source" else { continue }
            guard invocation.words.count > 1, let path = invocation.words[1].literalText else {
                checksCommandNames = false
                continue
            }
            let state = LanguageState(scriptDirectory: directory)
            let resolved = state.resolve(path)
            guard depth < LanguageState.maximumSourceDepth, !visited.contains(resolved) else { continue }
            visited.insert(resolved)
            guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8) else {
                checksCommandNames = false
                continue
            }
            let (script, _) = Parser.parse(text, origin: resolved)
            for case .function(let definition) in script.statements { functions.insert(definition.name) }
            sourcedFunctions(script.statements, directory: LanguageState.directory(of: resolved), depth: depth + 1, visited: &visited)
        }
    }

    private mutating func check(_ statements: [Statement], _ context: Context) {
        for statement in statements { check(statement, context) }
    }

    private mutating func check(_ statement: Statement, _ context: Context) {
        var inner = context
        inner.topLevel = false
        switch statement {
        case .command(let invocation):
            check(invocation)
            if context.inParallelLoop, let name = invocation.words.first?.bareText, ParallelLoop.sessionWideCommands.contains(name) {
                error(ParallelLoop.sessionWideMessage(name), at: invocation.location)
            }
        case .conditional(let branches, let otherwise, _):
            for branch in branches {
                check(branch.condition)
                check(branch.body, inner)
            }
            if let otherwise { check(otherwise, inner) }
        case .forLoop(_, let items, let body, _):
            items.forEach { check($0) }
            inner.inLoop = true
            check(body, inner)
        case .parallelLoop(let loop):
            (loop.items + [loop.jobs]).forEach { check($0) }
            inner.inLoop = true
            inner.inParallelLoop = true
            check(loop.body, inner)
        case .whileLoop(let condition, let body, _):
            check(condition)
            inner.inLoop = true
            check(body, inner)
        case .breakLoop(let location):
            if !context.inLoop { error("'break' is not inside a 'for' or 'while' loop", at: location) }
        case .continueLoop(let location):
            if !context.inLoop { error("'continue' is not inside a 'for' or 'while' loop", at: location) }
        case .function(let definition):
            if !context.topLevel {
                error("function '\(definition.name)' must be defined at the top level of a file, not inside a block",
                      at: definition.nameLocation)
            }
            if registry.command(named: definition.name) != nil {
                error("'\(definition.name)' is a built-in command; a function cannot replace it", at: definition.nameLocation)
            }
            check(definition.body, Context(inLoop: false, inFunction: true, topLevel: false))
        case .returnFromFunction(let status, let location):
            if !context.inFunction { error("'return' is only allowed inside a function", at: location) }
            status.map { check($0) }
        case .tryBlock(let body, _, let handler, _):
            check(body, inner)
            check(handler, inner)
        case .assertion(let condition, let message, _):
            check(condition)
            message.map { check($0) }
        case .redirected(let block, let redirect):
            check(block, context)
            check(redirect.target)
        }
    }

    private mutating func check(_ condition: Condition) {
        switch condition {
        case .command(let invocation): check(invocation)
        case .comparison(let left, _, let right):
            check(left)
            check(right)
        case .not(let inner): check(inner)
        case .and(let left, let right), .or(let left, let right):
            check(left)
            check(right)
        }
    }

    /// The command's name, and its flags when the command is known.
    private mutating func check(_ invocation: CommandInvocation) {
        invocation.words.forEach { check($0) }
        invocation.redirect.map { check($0.target) }
        guard let first = invocation.words.first, let name = first.bareText else { return }
        if functions.contains(name) { return }
        guard let command = registry.command(named: name) else {
            if checksCommandNames {
                let suggestion = NameSuggestion.nearest(to: name, in: registry.commands.map { $0.spec.name } + functions.sorted())
                error(ShellError.unknownCommand(name, suggestion: suggestion).message, at: first.location)
            }
            return
        }
        let arguments = invocation.words.dropFirst()
        if name == "login", scriptIsStandardInput, arguments.contains(where: { $0.literalText == "--password-stdin" }) {
            // What follows may be the password: never quote it in an "unknown command" message.
            checksCommandNames = false
            return
        }
        let literals = arguments.compactMap(\.literalText)
        do {
            if literals.count == arguments.count {
                _ = try ArgumentParser.parse(literals, spec: command.spec, location: invocation.location)
            } else if !command.spec.takesRawArguments {
                try checkFlags(arguments, of: command.spec)
            }
        } catch {
            self.error(error.message, at: invocation.location)
        }
    }

    /// With some words unknown until run time, only the literal `--flags` can be checked.
    private func checkFlags(_ words: ArraySlice<Word>, of spec: CommandSpec) throws(ShellError) {
        for word in words {
            guard let text = word.literalText else { continue }
            if text == "--" { return }
            guard text.hasPrefix("--"), text.count > 2 else { continue }
            let name = String(text.dropFirst(2).prefix { $0 != "=" })
            if name == "help" || spec.flags.contains(where: { $0.name == name }) { continue }
            _ = try ArgumentParser.parse([text], spec: spec, location: nil)
        }
    }

    /// Variables inside a word, and the scripts of its `$( … )`.
    private mutating func check(_ word: Word) {
        check(word.parts)
    }

    private mutating func check(_ parts: [WordPart]) {
        for part in parts {
            switch part {
            case .literal: break
            case .variable(let name, let fallback, let location):
                if name.hasPrefix("env."), EnvironmentAccess.secretNames.contains(String(name.dropFirst(4))) {
                    error(EnvironmentAccess.secretMessage(String(name.dropFirst(4))), at: location)
                } else if name == "env" {
                    error(EnvironmentAccess.bareEnvMessage, at: location)
                }
                fallback.map { check($0) }
            case .substitution(let script, _):
                check(script.statements, Context(inLoop: false, inFunction: false, topLevel: false))
            }
        }
    }
}

extension Word {
    /// The text when the word is made of literal parts only (quoted or not), so it is known before running.
    var literalText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }
}
