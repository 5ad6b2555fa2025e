/// `true`: always succeeds (for conditions and loops).
enum TrueCommand: ShellCommand {
    static let spec = CommandSpec(name: "true", group: .shell, summary: "succeed", examples: ["true"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {}
}
