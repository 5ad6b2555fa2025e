import PatchKit

/// `timeout [SECONDS] [--connect SECONDS]`: shows or changes how long API requests may take.
enum TimeoutCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "timeout", group: .session, summary: "show or change how long API requests may take",
        arguments: [ArgumentSpec("SECONDS", help: "the longest one whole request may take", optional: true)],
        flags: [FlagSpec("connect", help: "the longest to wait for a connection or for the next part of an answer",
                         value: .text(placeholder: "SECONDS", completion: .none))],
        examples: ["timeout", "timeout 60", "timeout 120 --connect 5"],
        discussion: "The defaults come from --timeout (30) and --connect-timeout (10). The connect limit is never "
            + "longer than the request limit. Failed GETs are retried as --retries says; each attempt has these limits.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        var timeouts = shell.resilience.timeouts
        if let text = call.argument(0) { timeouts.request = try seconds(text, what: "timeout") }
        if let text = call.value("connect") { timeouts.connect = try seconds(text, what: "--connect") }
        if call.argument(0) != nil || call.value("connect") != nil {
            let adjusted = TransportTimeouts(connect: timeouts.connect, request: timeouts.request)
            await shell.client.setTransport(shell.resilience.setTimeouts(adjusted))
        }
        let current = shell.resilience.timeouts
        let retries = shell.resilience.retry.maxAttempts - 1
        shell.output.line("request \(PatchTimeFormat.seconds(current.request)), connect \(PatchTimeFormat.seconds(current.connect)), "
            + "GETs retried up to \(retries) time\(retries == 1 ? "" : "s")")
    }

    private static func seconds(_ text: String, what: String) throws(ShellError) -> Double {
        guard let value = Double(text), value > 0, value.isFinite, value <= 86_400 else {
            throw .usage("'\(what)' takes a number of seconds from 0 to 86400, not '\(text)'.")
        }
        return value
    }
}
