import Foundation

/// `sleep SECONDS`: waits, in short steps so that Ctrl-C ends it at once.
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
        let deadline = Date(timeIntervalSinceNow: seconds)
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            try await Task.sleep(nanoseconds: UInt64(min(left, 0.05) * 1e9))
            if shell.language.takeInterrupt() { throw ShellError.failed("Interrupted.", status: .interrupted) }
        }
    }
}
