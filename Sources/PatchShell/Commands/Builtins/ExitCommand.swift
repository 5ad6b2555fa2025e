/// `exit [N]`: ends the script or the shell with status N (default: the last command's status).
enum ExitCommand: ShellCommand {
    static let spec = CommandSpec(name: "exit", aliases: ["quit"], group: .shell, summary: "end the script or the shell",
                                  arguments: [ArgumentSpec("N", help: "the exit status, 0 to 255 (default: $?)", optional: true)],
                                  examples: ["exit 1"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        var code = shell.lastStatus
        if let text = call.argument(0) {
            guard let value = Int32(text), (0...255).contains(value) else {
                throw ShellError.usage("'exit' takes a status from 0 to 255, not '\(text)'.")
            }
            code = value
        }
        throw ControlFlow.exit(code)
    }
}
