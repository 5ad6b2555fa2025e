import Foundation

/// Failures reported by the test-support library. Every case describes itself
/// in enough detail to diagnose the failure from the test log alone.
public enum HarnessError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A process run by `runProcess` did not finish (exit and close its output)
    /// within its timeout; it was killed with `SIGKILL`. `output` is what it
    /// had written by then, standard output first, then standard error.
    case timedOut(command: String, output: String)
    /// A process could not be started at all.
    case launchFailed(command: String, reason: String)
    /// A built product was not found in the build directory.
    case executableNotFound(name: String, directory: String)
    /// A system call failed; `errno` is the error number it reported.
    case systemCallFailed(call: String, errno: Int32)
    /// `PseudoTerminal.expect` did not see `expected` within `timeout` seconds.
    /// `screenTail` is the end of the screen text, `rawTail` the end of the raw
    /// output with control characters made visible.
    case expectTimedOut(expected: String, timeout: TimeInterval, screenTail: String, rawTail: String)
    /// The program on a pseudo-terminal closed its output before `expected`
    /// appeared, so waiting longer could not help.
    case outputEnded(expected: String, screenTail: String, rawTail: String)
    /// The program on a pseudo-terminal was still running after `timeout`
    /// seconds of `waitForExit`.
    case exitTimedOut(pid: Int32, timeout: TimeInterval, screenTail: String)

    /// A human-readable explanation, including captured output where relevant.
    public var description: String {
        switch self {
        case let .timedOut(command, output):
            return "timed out; killed with SIGKILL: \(command)\n--- output so far ---\n\(output)\n--- end ---"
        case let .launchFailed(command, reason):
            return "could not launch \(command): \(reason)"
        case let .executableNotFound(name, directory):
            return "built product '\(name)' not found in \(directory) "
                + "(is it a dependency of the test target, and was it built?)"
        case let .systemCallFailed(call, code):
            return "\(call) failed: \(String(cString: strerror(code))) (errno \(code))"
        case let .expectTimedOut(expected, timeout, screenTail, rawTail):
            return "expected \(expected.debugDescription) within \(timeout) s but did not see it\n"
                + Self.transcript(screenTail: screenTail, rawTail: rawTail)
        case let .outputEnded(expected, screenTail, rawTail):
            return "expected \(expected.debugDescription) but the program closed the terminal first\n"
                + Self.transcript(screenTail: screenTail, rawTail: rawTail)
        case let .exitTimedOut(pid, timeout, screenTail):
            return "process \(pid) did not exit within \(timeout) s\n"
                + "--- screen text (last \(screenTail.count) characters) ---\n\(screenTail)\n--- end ---"
        }
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }

    private static func transcript(screenTail: String, rawTail: String) -> String {
        "--- screen text (last \(screenTail.count) characters) ---\n\(screenTail)\n"
            + "--- raw output (last \(rawTail.count) characters, escaped) ---\n\(rawTail)\n--- end ---"
    }
}

/// A shell-like rendering of a command line, for error messages.
func describeCommand(_ executable: URL, _ arguments: [String]) -> String {
    ([executable.path] + arguments).map { word in
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }.joined(separator: " ")
}
