/// `unset NAME…`: removes variables.
enum UnsetCommand: ShellCommand {
    static let spec = CommandSpec(name: "unset", group: .shell, summary: "remove variables",
                                  arguments: [ArgumentSpec("NAME", help: "the variables", variadic: true, completion: .variable)],
                                  examples: ["unset servers"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        for name in call.arguments {
            guard !ReadOnlyNames.contains(name) else { throw ShellError.usage("'\(name)' is read-only.") }
            shell.variables[name] = nil
        }
    }
}
