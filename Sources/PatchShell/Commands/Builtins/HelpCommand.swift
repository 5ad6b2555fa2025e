/// `help [COMMAND]`: the list of commands, or one command's page (the same text as `COMMAND --help`).
enum HelpCommand: ShellCommand {
    static let spec = CommandSpec(name: "help", group: .shell, summary: "list the commands, or explain one",
                                  arguments: [ArgumentSpec("COMMAND", help: "the command to explain", optional: true, completion: .command)],
                                  examples: ["help", "help patches"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        guard let name = call.argument(0) else {
            shell.output.write(HelpText.overview(shell.registry))
            return
        }
        guard let command = shell.registry.command(named: name) else {
            throw ShellError.unknownCommand(name, suggestion: shell.registry.suggestion(for: name))
        }
        shell.output.write(HelpText.page(command.spec))
    }
}
