import PatchKit

/// `execution [ID|latest]`: fetches one execution's details and makes it the current execution.
enum ExecutionCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "execution", group: .data, summary: "show one execution and make it current",
        arguments: [ArgumentSpec("ID", help: "an execution ID such as VA1-132457, or 'latest' (default: the current one)",
                                 optional: true, completion: .execution)],
        flags: FlagSpec.listing,
        examples: ["execution VA1-132457", "execution latest --format json", "execution --fields execution_id,duration_seconds,failed_count"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let (alias, server) = try shell.currentServer()
        try await shell.requireLogin()
        let id = try await resolve(call.argument(0), shell: shell, alias: alias, server: server)
        _ = try shell.renderContext(for: call)
        async let detailAnswer = shell.client.execution(alias: alias, server: server, id: id)
        // The summary carries the rounds (initiations) that the detail lacks.
        async let summaryAnswer = shell.client.executions(alias: alias, server: server)
        let detail = try await detailAnswer
        let summary = try await summaryAnswer.first { $0.id.uppercased() == detail.id.uppercased() }
        shell.session.execution = id.value
        shell.interactive.seen.saw(executions: [id.value], alias: alias.value, server: server.value)
        shell.persist()
        try shell.emit(ExecutionViews.execution(detail, summary: summary, alias: alias.value, server: server.value), call: call)
    }

    /// The ID given, the newest for `latest`, or the session's current one.
    @MainActor static func resolve(_ word: String?, shell: Shell, alias: AccountAlias, server: ServerID) async throws -> ExecutionID {
        switch word?.lowercased() {
        case "latest"?:
            let newest = try await shell.client.executions(alias: alias, server: server)
                .max { ($0.startTime ?? .distantPast) < ($1.startTime ?? .distantPast) }
            guard let newest else { throw ShellError.failed("Server \(server) has no executions yet.", status: .notFound) }
            return try ExecutionID(newest.id)
        case nil:
            guard let current = shell.session.execution else {
                throw ShellError.usage("No execution chosen. Give an ID ('execution VA1-132457'), or 'execution latest'.")
            }
            return try ExecutionID(current)
        case _?:
            return try ExecutionID(word ?? "")
        }
    }
}
