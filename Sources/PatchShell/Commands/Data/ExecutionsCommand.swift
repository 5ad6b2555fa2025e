import PatchKit

/// `executions`: every execution of the patching job against the current server, newest first.
enum ExecutionsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "executions", group: .data, summary: "list the patch executions of the current server",
        flags: [FlagSpec("status", help: "only executions with this status", value: .choice(["pending", "running", "completed", "failed"]),
                         repeatable: true),
                FlagSpec("last", help: "only the N newest", value: .text(placeholder: "N", completion: .none)),
               ] + FlagSpec.listing,
        examples: ["executions", "executions --last 1 --format json", "executions --sort duration_seconds --reverse --fields execution_id,status"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let (alias, server) = try shell.currentServer()
        try await shell.requireLogin()
        var list = try await shell.client.executions(alias: alias, server: server)
            .sorted { ($0.startTime ?? .distantPast) > ($1.startTime ?? .distantPast) }
        shell.interactive.seen.saw(executions: list.map(\.id), alias: alias.value, server: server.value)
        let statuses = Set(call.values("status"))
        if !statuses.isEmpty { list = list.filter { statuses.contains($0.status.description) } }
        if let text = call.value("last") {
            guard let count = Int(text), count >= 0 else {
                throw ShellError.usage("'--last' takes a whole number, not '\(text)'.")
            }
            list = Array(list.prefix(count))
        }
        try shell.emit(ExecutionViews.executions(list), call: call)
    }
}
