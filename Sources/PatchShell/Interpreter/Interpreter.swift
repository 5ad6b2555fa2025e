import PatchKit

extension Shell {
    /// Parses and runs source text: the one entry point for the prompt, `-c`, standard input and files.
    /// Syntax errors are all reported before anything runs.
    public func run(source: String, origin: String, policy: ErrorPolicy) async -> RunOutcome {
        let (script, diagnostics) = analyse(source, origin: origin)
        language.policy = policy
        language.continuedFailure = nil
        if !diagnostics.isEmpty {
            for diagnostic in diagnostics {
                errors.line(policy == .script ? diagnostic.description : "error: \(diagnostic.message) (column \(diagnostic.location.column))")
            }
            lastStatus = ExitStatus.usage.rawValue
            return RunOutcome(status: lastStatus, exited: false)
        }
        define(functionsOf: script)
        do {
            try await execute(script.statements)
            if policy == .script, lastStatus == 0, let failure = language.continuedFailure { lastStatus = failure }
            return RunOutcome(status: lastStatus, exited: false)
        } catch let flow as ControlFlow {
            switch flow {
            case .exit(let code):
                lastStatus = code
                return RunOutcome(status: code, exited: true)
            case .breakLoop, .continueLoop, .returnFromFunction:
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

    func report(_ failure: LocatedError, policy: ErrorPolicy) {
        switch (policy, failure.location) {
        case (.script, let location?): errors.line("\(location): error: \(failure.error.message)")
        default: errors.line("error: \(failure.error.message)")
        }
    }

    /// Runs statements in order; under `on-error continue` (outside `try`) a failure is reported and the next one runs.
    func execute(_ statements: [Statement]) async throws {
        for statement in statements {
            do {
                try await execute(statement)
            } catch let failure as LocatedError where continuesAfter(failure) {
                report(failure, policy: language.policy)
                lastStatus = failure.error.status.rawValue
                if language.continuedFailure == nil { language.continuedFailure = lastStatus }
            }
        }
    }

    /// Throws "Interrupted." once Ctrl-C has cancelled the entry's task.
    func stopIfCancelled() throws {
        if Task.isCancelled { throw LocatedError(error: .failed("Interrupted.", status: .interrupted), location: nil) }
    }

    private func execute(_ statement: Statement) async throws {
        // Ctrl-C at the prompt cancels the entry's task; stop between statements too, not only in requests.
        try stopIfCancelled()
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
                // A body with no command in it never reaches a request: check for Ctrl-C here too.
                try stopIfCancelled()
                variables[variable] = value
                do {
                    try await execute(body)
                } catch ControlFlow.breakLoop {
                    break loop
                } catch ControlFlow.continueLoop {
                    continue loop
                }
            }
        case .parallelLoop(let loop):
            try await runParallel(loop)
        case .whileLoop(let condition, let body, _):
            loop: while try await evaluate(condition) {
                try stopIfCancelled()
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
        case .function:
            break  // defined before the file ran
        case .returnFromFunction(let status, let location):
            try await returnFromFunction(status, at: location)
        case .tryBlock(let body, let errorName, let handler, _):
            try await runTry(body, errorName: errorName, handler: handler)
        case .assertion(let condition, let message, let location):
            try await runAssertion(condition, message: message, at: location)
        case .redirected(let inner, let redirect):
            try await redirecting(redirect) { try await self.execute(inner) }
        }
    }

    /// Runs one command; a failure sets `$?` and is thrown with the command's position.
    private func runCommand(_ invocation: CommandInvocation) async throws {
        var words: [String] = []
        for word in invocation.words { words += try await expand(word) }
        guard let name = words.first else { return }
        if let function = language.functions[name] {
            try await redirecting(invocation.redirect) {
                try await self.call(function, arguments: Array(words.dropFirst()), at: invocation.location)
            }
            return
        }
        guard let command = registry.command(named: name) else {
            throw located(.unknownCommand(name, suggestion: suggestion(for: name)), invocation.location)
        }
        if language.inParallelIteration, ParallelLoop.sessionWideCommands.contains(name) {
            throw located(.usage(ParallelLoop.sessionWideMessage(name) + "."), invocation.location)
        }
        try await redirecting(invocation.redirect) {
            try await self.run(command, words: Array(words.dropFirst()), at: invocation.location)
        }
    }

    private func run(_ command: any ShellCommand.Type, words: [String], at location: SourceLocation) async throws {
        do {
            guard let call = try ArgumentParser.parse(words, spec: command.spec, location: location) else {
                output.write(HelpText.page(command.spec))
                lastStatus = 0
                return
            }
            do {
                try await command.run(call, in: self)
            } catch let error as PatchError where Self.isExpiredSession(error) && command.spec.name != "login"
                    && !language.inParallelIteration {
                // A refused token means the call did nothing, so after a fresh login it is safe to repeat.
                guard try await reauthenticate(after: error) else { throw error }
                try await command.run(call, in: self)
            }
            lastStatus = 0
        } catch let error as ShellError {
            lastStatus = error.status.rawValue
            throw located(error, location)
        } catch let error as PatchError {
            lastStatus = ShellError.api(error).status.rawValue
            throw located(.api(error), location)
        }
    }

    func located(_ error: ShellError, _ location: SourceLocation) -> LocatedError {
        LocatedError(error: error, location: location)
    }

    /// A command condition that fails with "failed" or "not found" is false; an authentication,
    /// network or server failure stops the script, so an outage never reads as "no failed patches".
    func evaluate(_ condition: Condition) async throws -> Bool {
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
            case .like: return GlobPattern(b).matches(a)
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
