/// `source FILE [ARGS…]`: runs another script in this shell, so its variables and functions stay.
enum SourceCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "source", group: .shell, summary: "run a script file in this shell",
        arguments: [ArgumentSpec("FILE", help: "the script; a relative path is taken from the sourcing script's folder",
                                 completion: .file),
                    ArgumentSpec("ARGS", help: "its $1, $2, … (default: the current arguments)", optional: true, variadic: true)],
        examples: ["source lib/common.patchsh"],
        discussion: "The file is checked whole before any of it runs. Sourcing nests at most "
            + "\(LanguageState.maximumSourceDepth) deep, so a file that sources itself stops with an error.",
        takesRawArguments: true)

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        guard let path = call.argument(0) else { throw ShellError.usage("'source' needs FILE. Usage: \(spec.usage)") }
        let arguments = call.arguments.count > 1 ? Array(call.arguments.dropFirst()) : nil
        try await shell.source(path, arguments: arguments)
    }
}
