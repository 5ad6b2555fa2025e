/// `history [N]`: the saved history, numbered, oldest first (the last N entries when given).
enum HistoryCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "history", group: .shell, summary: "list the command history",
        arguments: [ArgumentSpec("N", help: "only the last N entries", optional: true)],
        examples: ["history", "history 20"],
        discussion: "History is kept in $XDG_STATE_HOME/patchsh/history, at most $PATCHSH_HISTORY_SIZE entries "
            + "(default 1000). A line starting with a space is not recorded, nor one that carries a token or "
            + "looks like a password.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        guard let store = shell.interactive.history ?? shell.configuration.store.map({
            HistoryStore(directory: $0.directory, limit: HistoryStore.limit(from: shell.configuration.environment))
        }) else { return }
        let (entries, warning) = store.load()
        if let warning { shell.errors.line("warning: " + warning) }
        var first = 0
        if let text = call.argument(0) {
            guard let count = Int(text), count >= 0 else { throw ShellError.usage("'history' takes a whole number, not '\(text)'.") }
            first = max(0, entries.count - count)
        }
        for index in first..<entries.count {
            let number = String(index + 1)
            shell.output.line(String(repeating: " ", count: max(0, 5 - number.count)) + number + "  "
                + entries[index].replacingOccurrences(of: "\n", with: "\n       "))
        }
    }
}
