/// The outcome of a finished child process run by ``runProcess(_:arguments:environment:stdin:currentDirectory:timeout:)``.
public struct ProcessResult: Sendable, Equatable, CustomStringConvertible {
    /// The exit status; `128 + signal` when the process was killed by a signal
    /// (the shell convention), so a clean exit is always `0`.
    public var status: Int32
    /// Everything the process wrote to standard output, decoded as UTF-8
    /// (invalid bytes become U+FFFD).
    public var stdout: String
    /// Everything the process wrote to standard error, decoded as UTF-8.
    public var stderr: String
    /// The signal that killed the process, or `nil` when it exited normally.
    public var terminatedBySignal: Int32?

    /// Creates a result from its parts.
    public init(status: Int32, stdout: String, stderr: String, terminatedBySignal: Int32? = nil) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.terminatedBySignal = terminatedBySignal
    }

    /// A multi-line summary (status, signal, both streams) for failure messages.
    public var description: String {
        let signal = terminatedBySignal.map { " (killed by signal \($0))" } ?? ""
        return "status \(status)\(signal)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}
