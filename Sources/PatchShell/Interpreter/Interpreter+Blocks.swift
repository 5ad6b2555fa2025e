/// Running the constructs beyond plain commands and loops: redirected blocks, `try`, `assert`.
extension Shell {
    /// Runs `body` with its output going to the redirect target, when there is one.
    func redirecting(_ redirect: Redirect?, _ body: () async throws -> Void) async throws {
        guard let redirect else {
            try await body()
            return
        }
        let target = try await expand(redirect.target).joined(separator: " ")
        let sink: TextSink
        do {
            sink = try TextSink.file(target, append: redirect.append)
        } catch {
            throw located(error, redirect.target.location)
        }
        let previous = output
        output = sink
        defer {
            output = previous
            sink.close()
        }
        try await body()
    }

    /// Whether `on-error continue` lets the script go on after this failure: never inside `try`
    /// (the failure belongs to its `catch`) and never after Ctrl-C.
    func continuesAfter(_ failure: LocatedError) -> Bool {
        language.onError == .continue && language.tryDepth == 0 && failure.error.status != .interrupted
    }

    /// `try … catch NAME … end`: a failure in the body (other than Ctrl-C) stops the body and runs the
    /// handler with `$NAME` holding the message and `$NAME_status` the status.
    func runTry(_ body: [Statement], errorName: String, handler: [Statement]) async throws {
        var caught: LocatedError?
        language.tryDepth += 1
        do {
            try await execute(body)
        } catch let failure as LocatedError where failure.error.status != .interrupted {
            caught = failure
        } catch {
            language.tryDepth -= 1
            throw error
        }
        language.tryDepth -= 1
        guard let caught else { return }
        variables[errorName] = caught.error.message
        variables[errorName + "_status"] = String(caught.error.status.rawValue)
        lastStatus = caught.error.status.rawValue
        try await execute(handler)
    }

    /// `assert CONDITION [MESSAGE]`: fails with status 1 and the message when the condition is false.
    func runAssertion(_ condition: Condition, message: Word?, at location: SourceLocation) async throws {
        if try await evaluate(condition) {
            lastStatus = 0
            return
        }
        var text = "Assertion failed."
        if let message {
            text = try await expand(message).joined(separator: " ")
        } else if case .comparison(let left, let op, let right) = condition, !left.hasSubstitution, !right.hasSubstitution {
            let a = try await expand(left).joined(separator: " "), b = try await expand(right).joined(separator: " ")
            text = "Assertion failed: '\(a)' \(op.rawValue) '\(b)' is false."
        }
        lastStatus = ExitStatus.failure.rawValue
        throw located(.failed(text, status: .failure), location)
    }

    /// Parses and checks source text: every syntax and static error, sorted by position.
    func analyse(_ source: String, origin: String) -> (Script, [SyntaxDiagnostic]) {
        let (script, syntax) = Parser.parse(source, origin: origin)
        var checker = StaticChecker(registry: registry, definedFunctions: Set(language.functions.keys),
                                    directory: LanguageState.directory(of: origin),
                                    scriptIsStandardInput: configuration.standardInputIsScript && origin == "<stdin>")
        let all = (syntax + checker.check(script)).sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
        return (script, all)
    }

    /// The nearest command or function name to a misspelt one.
    func suggestion(for name: String) -> String? {
        NameSuggestion.nearest(to: name, in: registry.commands.map { $0.spec.name } + language.functions.keys.sorted())
    }
}

extension Word {
    /// Whether running the word runs a command (so it must not be expanded twice).
    var hasSubstitution: Bool {
        parts.contains { if case .substitution = $0 { return true } else { return false } }
    }
}
