/// `trace [on|off]`: shows every API request and answer on standard error, secrets redacted.
enum TraceCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "trace", group: .shell, summary: "show each API request and answer on standard error",
        arguments: [ArgumentSpec("on|off", help: "switch tracing on or off; without it, say which it is", optional: true)],
        examples: ["trace on", "trace off", "trace"],
        discussion: "Each attempt prints its method, URL, request headers, status, time taken, size, answer headers "
            + "and the start of the body; retries say how long they wait and why. The Authorization header, bearer "
            + "tokens and passwords are always shown as [redacted].")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        switch call.argument(0) {
        case nil: break
        case "on": shell.resilience.tracer.isOn = true
        case "off": shell.resilience.tracer.isOn = false
        case let other?: throw ShellError.usage("'trace \(other)' is not understood. Usage: \(spec.usage)")
        }
        shell.output.line("trace is \(shell.resilience.tracer.isOn ? "on" : "off")")
    }
}
