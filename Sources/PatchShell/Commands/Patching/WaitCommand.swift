import Foundation
import PatchKit

/// `wait [EXECUTION] [--applied] [--interval SECONDS] [--timeout DURATION]`: polls until executions finish.
enum WaitCommand: ShellCommand {
    /// Polling faster than this would only load the API; tests ask for it explicitly.
    static let fastestInterval = 0.05
    static let defaultInterval = 5.0

    static let spec = CommandSpec(
        name: "wait", group: .patching, summary: "wait for executions to finish",
        arguments: [ArgumentSpec("EXECUTION", help: "an execution of the current server (default: what the last "
                                 + "'apply' queued, else the current execution)", optional: true, completion: .execution)],
        flags: [
            FlagSpec("applied", help: "wait for everything the last 'apply' in this session queued"),
            FlagSpec("interval", help: "seconds between polls (default 5)", value: .text(placeholder: "SECONDS", completion: .none)),
            FlagSpec("timeout", help: "give up after this long: seconds, or 90s, 15m, 2h (default: no limit)",
                     value: .text(placeholder: "DURATION", completion: .none)),
        ] + FlagSpec.listing,
        examples: ["wait VA1-132457 --timeout 10m"],
        discussion: """
            Polls each execution's details (and, until the platform has started it, the queued operation's \
            status) every --interval seconds. On a terminal, standard error shows one progress line \
            (patches done / failed / pending, time elapsed), redrawn in place and erased at the end; \
            nothing of it when standard error is not a terminal. Then prints one row per execution.

            Exit status: 0 every execution completed, 1 one finished with failed patches (the FAILED UPDATES \
            column names them), 124 --timeout ran out first (as timeout(1) exits), 130 Ctrl-C.
            """)

    /// What to follow: an execution known by ID, or queued work whose execution may not exist yet.
    struct Target {
        var alias: AccountAlias
        var server: ServerID
        var executionID: ExecutionID?
        var statusID: String?
    }

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let interval = try seconds(call.value("interval") ?? String(defaultInterval), flag: "interval", minimum: fastestInterval)
        let limit = try call.value("timeout").map { text throws(ShellError) in try seconds(text, flag: "timeout", minimum: 0) }
        var targets = try chooseTargets(call, shell: shell)
        try await shell.requireLogin()
        _ = try shell.renderContext(for: call)
        let clock = ContinuousClock()
        let start = clock.now
        let progressSink: TextSink? = shell.errors.isTerminal ? shell.errors : nil
        defer { progressSink?.write(ProgressLine.erase) }
        var progress: [ExecutionProgress] = []
        while true {
            progress = []
            for index in targets.indices {
                progress.append(try await poll(&targets[index], shell: shell))
            }
            if progress.allSatisfy(\.isFinished) { break }
            let elapsed = clock.now - start
            progressSink?.write("\r" + ProgressLine.text(progress, elapsed: elapsed, width: TerminalWidth.columns()) + "\u{1B}[K")
            if let limit, elapsed >= .seconds(limit) {
                progressSink?.write(ProgressLine.erase)
                try shell.emit(PatchingViews.finished(progress), call: call)
                let open = progress.filter { !$0.isFinished }
                    .map { "\($0.executionID ?? "queued work") on \($0.server) is \($0.status)" }
                throw ShellError.failed("Timed out after \(PatchTimeFormat.seconds(limit)): " + open.joined(separator: ", ") + ".",
                                        status: .timedOut)
            }
            let pause = limit.map { min(interval, max(0, $0 - elapsed.seconds)) } ?? interval
            do {
                try await Task.sleep(for: .seconds(pause))
            } catch {
                throw ShellError.failed("Interrupted: stopped waiting (the patching itself goes on).", status: .interrupted)
            }
        }
        progressSink?.write(ProgressLine.erase)
        try shell.emit(PatchingViews.finished(progress), call: call)
        let failed = progress.filter(\.hasFailed)
        if !failed.isEmpty {
            let names = failed.map { "\($0.server) \($0.executionID ?? "-"): \($0.failedUpdates.joined(separator: " "))" }
            throw ShellError.failed("Patches failed on \(failed.count) of \(progress.count) servers: "
                                    + names.joined(separator: "; ") + ".", status: .failure)
        }
    }

    /// One poll of one target: its execution's detail, or the queued operation until the execution exists.
    @MainActor static func poll(_ target: inout Target, shell: Shell) async throws -> ExecutionProgress {
        if target.executionID == nil, let statusID = target.statusID {
            guard let found = try await appliedExecution(target, statusID: statusID, shell: shell) else {
                return .queued(target.server)
            }
            target.executionID = found
        }
        guard let id = target.executionID else { return .queued(target.server) }
        let detail = try await shell.client.execution(alias: target.alias, server: target.server, id: id)
        return ExecutionProgress(server: target.server, detail: detail)
    }

    /// The execution behind queued work. The platform's status IDs look like execution IDs
    /// (`va1-12345`), so the summary is searched for it; when it is not there, the server's newest
    /// execution is taken once the operation has finished.
    @MainActor static func appliedExecution(_ target: Target, statusID: String, shell: Shell) async throws -> ExecutionID? {
        let summary = try await shell.client.executions(alias: target.alias, server: target.server)
        if let match = summary.first(where: { $0.id.uppercased() == statusID.uppercased() }) {
            return try ExecutionID(match.id)
        }
        let status = try await shell.client.operationStatus(alias: target.alias, statusID: statusID)
        guard status.isFinished else { return nil }
        let newest = summary.max { ($0.startTime ?? .distantPast) < ($1.startTime ?? .distantPast) }
        guard let newest else {
            throw ShellError.failed("The patching of \(target.server) ended '\(status)' without an execution.", status: .failure)
        }
        return try ExecutionID(newest.id)
    }

    @MainActor static func chooseTargets(_ call: CommandCall, shell: Shell) throws -> [Target] {
        if call.has("applied") || (call.arguments.isEmpty && !shell.applied.last.isEmpty) {
            guard call.arguments.isEmpty else {
                throw ShellError.usage("'wait' takes an execution or --applied, not both.")
            }
            guard !shell.applied.last.isEmpty else {
                throw ShellError.usage("Nothing was applied in this session: 'wait --applied' follows what 'apply' queued.")
            }
            return shell.applied.last.map { Target(alias: $0.alias, server: $0.server, executionID: nil, statusID: $0.statusID) }
        }
        let (alias, server) = try shell.currentServer()
        guard let word = call.argument(0) ?? shell.session.execution else {
            throw ShellError.usage("No execution to wait for. Give an ID ('wait VA1-132457'), or 'apply' first.")
        }
        return [Target(alias: alias, server: server, executionID: try ExecutionID(word), statusID: nil)]
    }

    /// Seconds from `30`, `1.5`, `90s`, `15m`, `2h`.
    static func seconds(_ text: String, flag: String, minimum: Double) throws(ShellError) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) ?? TimeArgument.age(trimmed), value.isFinite, value >= minimum else {
            throw .usage("'\(text)' is not a duration for '--\(flag)' (seconds, or e.g. 90s, 15m, 2h"
                + (minimum > 0 ? "; at least \(minimum) s" : "") + ").")
        }
        return value
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
