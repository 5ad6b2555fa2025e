/// A command of the shell: one type, one file, one declaration.
public protocol ShellCommand: Sendable {
    /// Name, flags, help and completion sources, all in one place.
    static var spec: CommandSpec { get }
    /// Runs the command with its parsed call in the given shell; throws `ShellError` (or `PatchError`).
    @MainActor static func run(_ call: CommandCall, in shell: Shell) async throws
}
