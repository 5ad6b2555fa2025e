/// `false`: always fails with status 1 and no message.
enum FalseCommand: ShellCommand {
    static let spec = CommandSpec(name: "false", group: .shell, summary: "fail with status 1", examples: ["false"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        throw ShellError.failed("", status: .failure)
    }
}
