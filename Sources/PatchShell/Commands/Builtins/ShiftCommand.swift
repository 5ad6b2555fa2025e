/// `shift [N]`: drops the first N script arguments, so `$@` holds the rest.
enum ShiftCommand: ShellCommand {
    static let spec = CommandSpec(name: "shift", group: .shell, summary: "drop the first script arguments",
                                  arguments: [ArgumentSpec("N", help: "how many (default 1)", optional: true)],
                                  examples: ["shift", "shift 2"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let text = call.argument(0) ?? "1"
        guard let count = Int(text), count >= 0 else {
            throw ShellError.usage("'shift' takes a whole number, not '\(text)'.")
        }
        guard count <= shell.arguments.count else {
            throw ShellError.failed("Cannot shift \(count): there are only \(shell.arguments.count) arguments.", status: .failure)
        }
        shell.arguments.removeFirst(count)
    }
}
