import PatchKit

extension Shell {
    /// Parses and runs source text: the one entry point for the prompt, `-c`, standard input and files.
    /// Syntax errors are all reported before anything runs.
    public func run(source: String, origin: String, policy: ErrorPolicy) async -> RunOutcome {
        let (script, diagnostics) = Parser.parse(source, origin: origin)
        if !diagnostics.isEmpty {
            for diagnostic in diagnostics {
                errors.line(policy == .script ? diagnostic.description : "error: \(diagnostic.message) (column \(diagnostic.location.column))")
            }
            lastStatus = ExitStatus.usage.rawValue
            return RunOutcome(status: lastStatus, exited: false)
        }
        do {
            try await execute(script.statements)
            return RunOutcome(status: lastStatus, exited: false)
        } catch let flow as ControlFlow {
            switch flow {
            case .exit(let code):
                lastStatus = code
                return RunOutcome(status: code, exited: true)
            case .breakLoop, .continueLoop:
                return RunOutcome(status: lastStatus, exited: false)
            }
        } catch let failure as LocatedError {
            report(failure, policy: policy)
            lastStatus = failure.error.status.rawValue
            return RunOutcome(status: lastStatus, exited: false)
        } catch {
            errors.line("error: \(error)")
            lastStatus = ExitStatus.failure.rawValue
            return RunOutcome(status: lastStatus, exited: false)
        }
    }

    private func report(_ failure: LocatedError, policy: ErrorPolicy) {
        switch (policy, failure.location) {
        case (.script, let location?): errors.line("\(location): error: \(failure.error.message)")
        default: errors.line("error: \(failure.error.message)")
        }
    }

    func execute(_ statements: [Statement]) async throws {
        for statement in statements { try await execute(statement) }
    }

    private func execute(_ statement: Statement) async throws {
        switch statement {
        case .command(let invocation):
            try await runCommand(invocation)
        case .conditional(let branches, let otherwise, _):
            for branch in branches where try await evaluate(branch.condition) {
                try await execute(branch.body)
                return
            }
            if let otherwise { try await execute(otherwise) }
        case .forLoop(let variable, let items, let body, _):
            var values: [String] = []
            for item in items { values += try await expand(item) }
            loop: for value in values {
                variables[variable] = value
                do {
                    try await execute(body)
                } catch ControlFlow.breakLoop {
                    break loop
                } catch ControlFlow.continueLoop {
                    continue loop
                }
            }
        case .whileLoop(let condition, let body, _):
            loop: while try await evaluate(condition) {
                do {
                    try await execute(body)
                } catch ControlFlow.breakLoop {
                    break loop
                } catch ControlFlow.continueLoop {
                    continue loop
                }
            }
        case .breakLoop:
            throw ControlFlow.breakLoop
        case .continueLoop:
            throw ControlFlow.continueLoop
        }
    }

    /// Runs one command; a failure sets `$?` and is thrown with the command's position.
    private func runCommand(_ invocation: CommandInvocation) async throws {
        var words: [String] = []
        for word in invocation.words { words += try await expand(word) }
        guard let name = words.first else { return }
        guard let command = registry.command(named: name) else {
            throw located(.unknownCommand(name, suggestion: registry.suggestion(for: name)), invocation.location)
        }
        var redirected: TextSink?
        if let redirect = invocation.redirect {
            let target = try await expand(redirect.target).joined(separator: " ")
            do {
                redirected = try TextSink.file(target, append: redirect.append)
            } catch {
                throw located(error, redirect.target.location)
            }
        }
        let previous = output
        if let redirected { output = redirected }
        defer {
            output = previous
            redirected?.close()
        }
        do {
            guard let call = try ArgumentParser.parse(Array(words.dropFirst()), spec: command.spec,
                                                      location: invocation.location) else {
                output.write(HelpText.page(command.spec))
                lastStatus = 0
                return
            }
            do {
                try await command.run(call, in: self)
            } catch let error as PatchError where Self.isExpiredSession(error) && command.spec.name != "login" {
                // A refused token means the call did nothing, so after a fresh login it is safe to repeat.
                guard try await reauthenticate(after: error) else { throw error }
                try await command.run(call, in: self)
            }
            lastStatus = 0
        } catch let error as ShellError {
            lastStatus = error.status.rawValue
            throw located(error, invocation.location)
        } catch let error as PatchError {
            lastStatus = ShellError.api(error).status.rawValue
            throw located(.api(error), invocation.location)
        }
    }

    private func located(_ error: ShellError, _ location: SourceLocation) -> LocatedError {
        LocatedError(error: error, location: location)
    }

    /// A command condition that fails with "failed" or "not found" is false; an authentication,
    /// network or server failure stops the script, so an outage never reads as "no failed patches".
    private func evaluate(_ condition: Condition) async throws -> Bool {
        switch condition {
        case .command(let invocation):
            do {
                let previous = output
                try await runCommand(invocation)
                output = previous
                return true
            } catch let failure as LocatedError {
                let status = failure.error.status
                guard status == .failure || status == .notFound else { throw failure }
                return false
            }
        case .comparison(let left, let op, let right):
            let a = try await expand(left).joined(separator: " ")
            let b = try await expand(right).joined(separator: " ")
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            default:
                guard let x = Double(a) else { throw located(.usage("'\(op.rawValue)' compares numbers, and '\(a)' is not a number."), left.location) }
                guard let y = Double(b) else { throw located(.usage("'\(op.rawValue)' compares numbers, and '\(b)' is not a number."), right.location) }
                switch op {
                case .less: return x < y
                case .lessOrEqual: return x <= y
                case .greater: return x > y
                default: return x >= y
                }
            }
        case .not(let inner):
            return try await !evaluate(inner)
        case .and(let left, let right):
            return try await evaluate(left) ? evaluate(right) : false
        case .or(let left, let right):
            return try await evaluate(left) ? true : evaluate(right)
        }
    }
}
