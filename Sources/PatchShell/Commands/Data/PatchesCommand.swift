import PatchKit

/// `patches`: the patches of the current execution, filtered by patchsh's failure rule or by status.
enum PatchesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "patches", group: .data, summary: "list the patches of the current execution",
        flags: [FlagSpec("failed", help: "only failed patches: status failed, or result code 4 (failed) or 5 (aborted)"),
                FlagSpec("status", help: "only patches with this status", value: .choice(["pending", "running", "completed", "failed"]),
                         repeatable: true),
                .format],
        examples: ["patches", "patches --failed", "patches --status pending --format csv"],
        discussion: "A patch whose status says completed but whose result code is 4 or 5 counts as failed, and its "
            + "status shows both ('failed (reported completed)'). Result code 3 (succeeded with errors) is listed "
            + "as a warning but not as failed.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let (alias, server) = try shell.currentServer()
        try await shell.requireLogin()
        let id = try await ExecutionCommand.resolve(nil, shell: shell, alias: alias, server: server)
        let detail = try await shell.client.execution(alias: alias, server: server, id: id)
        var patches = detail.patches
        if call.has("failed") { patches = patches.filter(\.isFailed) }
        let statuses = Set(call.values("status"))
        if !statuses.isEmpty { patches = patches.filter { statuses.contains($0.effectiveStatus.description) } }
        let note = detail.hasPatchDetails
            ? (call.has("failed") ? "No failed patches in \(id)." : "No matching patches in \(id).")
            : "The platform reported \(detail.patchCount) patches for \(id) but sent no details."
        shell.emit(PatchViews.patches(patches, note: note), call: call)
    }
}
