/// `for NAME in WORDS… --jobs N`: the body runs for up to N items at once, each in its own iteration
/// shell (`Shell(iterationOf:)`). Everything runs on the main actor: iterations interleave at their
/// awaits, which for request-bound bodies is all the concurrency there is to have.
///
/// Output is buffered per item and written in input order as soon as every earlier item is done.
/// The first item that stops the loop (a failure under `on-error stop` or inside `try`, `break`,
/// `exit`, Ctrl-C) ends it as a sequential loop would have: later items are cancelled and their output
/// dropped, earlier ones finish and are shown. Under `on-error continue` every item runs and each
/// failure is reported in order.
extension Shell {
    func runParallel(_ loop: ParallelLoop) async throws {
        var values: [String] = []
        for item in loop.items { values += try await expand(item) }
        let jobsText = try await expand(loop.jobs).joined(separator: " ")
        guard let jobs = ParallelLoop.jobCount(jobsText) else {
            throw located(.usage(ParallelLoop.badJobsMessage(jobsText) + "."), loop.jobs.location)
        }
        var tally = FanOutTally(total: values.count)
        let progress = ProgressBar(sink: errors, total: values.count)
        var results = [IterationResult?](repeating: nil, count: values.count)
        var stopAt: Int?

        await withTaskGroup(of: (Int, IterationResult).self) { group in
            var launched = 0
            var running: [Int: Task<IterationResult, Never>] = [:]
            while true {
                while launched < values.count, stopAt == nil, running.count < jobs, !Task.isCancelled {
                    let index = launched
                    launched += 1
                    let iteration = Shell(iterationOf: self)
                    let task = Task { @MainActor in
                        await iteration.runIteration(loop.body, variable: loop.variable, value: values[index])
                    }
                    running[index] = task
                    // Ctrl-C cancels the group, and the group's child cancels the iteration and its request.
                    group.addTask { await Self.result(of: task, index: index) }
                }
                guard let finished = await group.next() else { break }
                let (index, result) = finished
                running[index] = nil
                results[index] = result
                if result.stopsTheLoop, index < (stopAt ?? Int.max) {
                    stopAt = index
                    for (later, task) in running where later > index { task.cancel() }
                }
                while tally.shown < values.count, tally.shown <= (stopAt ?? Int.max), let next = results[tally.shown] {
                    progress.clear()
                    output.write(next.output)
                    errors.write(next.errors)
                    tally.record(next)
                    results[tally.shown - 1] = nil
                }
                progress.update(done: tally.shown, failed: tally.failed)
            }
        }
        progress.clear()
        try finish(loop, jobs: jobs, tally: tally, stopAt: stopAt, values: values)
    }

    /// Waits for an iteration; cancelling the waiter (Ctrl-C cancels the group) cancels the iteration.
    private nonisolated static func result(of task: Task<IterationResult, Never>, index: Int) async -> (Int, IterationResult) {
        let result = await withTaskCancellationHandler { await task.value } onCancel: { task.cancel() }
        return (index, result)
    }

    /// The summary line, `$?`, and what the loop ends with: nothing, or the stopping item's error or `exit`.
    private func finish(_ loop: ParallelLoop, jobs: Int, tally: FanOutTally, stopAt: Int?, values: [String]) throws {
        var summary = "for \(loop.variable) --jobs \(jobs): \(tally.succeeded) succeeded, \(tally.failed) failed"
        if let stopAt {
            summary += ", \(values.count - stopAt - 1) not run (stopped at item \(stopAt + 1), '\(values[stopAt])')"
        }
        errors.line(summary + ".")
        lastStatus = tally.firstFailure ?? 0
        if case .stopped(let error)? = tally.stoppedBy {
            if case ControlFlow.breakLoop = error { return }
            throw error
        }
        if let failure = tally.firstFailure, language.continuedFailure == nil { language.continuedFailure = failure }
    }
}

/// Counts of a parallel loop's items as they are shown, in input order.
struct FanOutTally {
    let total: Int
    private(set) var shown = 0
    private(set) var succeeded = 0
    private(set) var failed = 0
    private(set) var firstFailure: Int32?
    /// How the item that stopped the loop ended.
    private(set) var stoppedBy: IterationResult.Ending?

    init(total: Int) { self.total = total }

    mutating func record(_ result: IterationResult) {
        shown += 1
        if let status = result.failureStatus {
            failed += 1
            if firstFailure == nil { firstFailure = status }
        } else {
            succeeded += 1
        }
        if result.stopsTheLoop { stoppedBy = result.ending }
    }
}
