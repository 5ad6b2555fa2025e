import Foundation

/// `sleep SECONDS`: waits; Ctrl-C at the prompt cancels the entry's task, which ends the sleep at once.
enum SleepCommand: ShellCommand {
    /// One hour: a longer wait is almost certainly a unit mistake (milliseconds for seconds).
    static let longest: Double = 3600

    static let spec = CommandSpec(
        name: "sleep", group: .shell, summary: "wait a number of seconds",
        arguments: [ArgumentSpec("SECONDS", help: "from 0 to 3600; fractions allowed (0.5)")],
        examples: ["sleep 0.1"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let text = call.argument(0) ?? ""
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
            throw ShellError.usage("'sleep' takes a number of seconds, not '\(text)'.")
        }
        guard seconds <= longest else {
            throw ShellError.usage("'sleep' waits at most \(Int(longest)) seconds, not \(text).")
        }
        do {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
        } catch {
            throw ShellError.failed("Interrupted.", status: .interrupted)
        }
    }
}
