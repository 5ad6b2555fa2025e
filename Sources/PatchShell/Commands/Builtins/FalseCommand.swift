/// `false`: always fails with status 1.
enum FalseCommand: ShellCommand {
    static let spec = CommandSpec(name: "false", group: .shell, summary: "fail with status 1", examples: ["false"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        throw ShellError.failed("'false' failed.", status: .failure)
    }
}
