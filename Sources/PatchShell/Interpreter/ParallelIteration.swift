/// What one iteration of a parallel loop produced: its buffered output and how it ended.
struct IterationResult: Sendable {
    /// How an iteration ended.
    enum Ending: Sendable {
        /// The body ran to its end (or `continue`); `failure` is the first status reported under `on-error continue`.
        case finished(failure: Int32?)
        /// A failure, `break`, `exit` or `return` ended the body: the loop stops at this item, as a sequential loop would.
        case stopped(any Error)
    }

    var ending: Ending
    var output: String
    var errors: String

    var stopsTheLoop: Bool { if case .stopped = ending { return true } else { return false } }

    /// The status the item failed with, or nil when it succeeded (`break` and `exit 0` are not failures).
    var failureStatus: Int32? {
        switch ending {
        case .finished(let failure): return failure
        case .stopped(let error as LocatedError): return error.error.status.rawValue
        case .stopped(ControlFlow.exit(let code)), .stopped(ControlFlow.returnFromFunction(let code)): return code == 0 ? nil : code
        case .stopped: return nil
        }
    }
}

extension Shell {
    /// Runs a parallel loop's body once, in this iteration shell, with the loop variable set.
    func runIteration(_ body: [Statement], variable: String, value: String) async -> IterationResult {
        variables[variable] = value
        var ending = IterationResult.Ending.finished(failure: nil)
        do {
            try await execute(body)
        } catch ControlFlow.continueLoop {
            // `continue` ends this item only.
        } catch {
            ending = .stopped(error)
        }
        if case .finished = ending, let failure = language.continuedFailure { ending = .finished(failure: failure) }
        return IterationResult(ending: ending, output: output.collected, errors: errors.collected)
    }
}
