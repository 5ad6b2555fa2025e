/// `version`: prints patchsh's version.
enum VersionCommand: ShellCommand {
    static let spec = CommandSpec(name: "version", group: .shell, summary: "print the version", examples: ["version"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        shell.output.line("patchsh \(PatchshVersion.current)")
    }
}
