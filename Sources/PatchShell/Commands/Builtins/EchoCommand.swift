/// `echo WORDS…`: prints its words separated by spaces.
enum EchoCommand: ShellCommand {
    static let spec = CommandSpec(name: "echo", aliases: ["print"], group: .shell, summary: "print words",
                                  arguments: [ArgumentSpec("WORDS", help: "what to print", optional: true, variadic: true)],
                                  examples: ["echo \"Server: $server\""], takesRawArguments: true)

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        shell.output.line(call.arguments.joined(separator: " "))
    }
}
