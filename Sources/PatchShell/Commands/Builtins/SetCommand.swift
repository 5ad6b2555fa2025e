/// `set NAME VALUE…`: sets a variable (the values joined by spaces); `set` alone lists them.
enum SetCommand: ShellCommand {
    static let spec = CommandSpec(name: "set", group: .shell, summary: "set a variable, or list them",
                                  arguments: [ArgumentSpec("NAME", help: "the variable", optional: true, completion: .variable),
                                              ArgumentSpec("VALUE", help: "its value; several words are joined by spaces",
                                                           optional: true, variadic: true)],
                                  examples: ["set servers \"VA1OSDPATCH33 CA3OSDWIN01\"", "set"], takesRawArguments: true)

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        guard let name = call.argument(0) else {
            for (key, value) in shell.variables.sorted(by: { $0.key < $1.key }) { shell.output.line("\(key)=\(value)") }
            return
        }
        guard Parser.isName(name) else {
            throw ShellError.usage("'\(name)' is not a variable name (letters, digits and _, not starting with a digit).")
        }
        guard name != "env" else { throw ShellError.usage(EnvironmentAccess.bareEnvMessage) }
        guard !ReadOnlyNames.contains(name) else {
            throw ShellError.usage("'\(name)' is read-only: it follows the session (change it with 'use' or 'execution').")
        }
        shell.variables[name] = call.arguments.dropFirst().joined(separator: " ")
    }
}
