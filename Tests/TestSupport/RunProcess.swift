import Foundation
import Glibc

/// Runs `executable` to completion and returns its exit status and output.
///
/// - The child's environment is exactly `environment`; nothing is inherited
///   from the test process.
/// - Standard output and standard error go to separate pipes that are drained
///   concurrently on background threads, so any amount of output works
///   without deadlock.
/// - `stdin` is written from a background thread and the pipe is then closed;
///   when `stdin` is `nil` the child reads `/dev/null`.
/// - `timeout` (seconds) covers the whole run: the process must exit *and*
///   close its output pipes in time. Otherwise its process group (Foundation
///   makes the child a group leader) is killed with `SIGKILL` and
///   ``HarnessError/timedOut(command:output:)`` is thrown with the output so far.
///
/// - Throws: ``HarnessError/launchFailed(command:reason:)`` if the process cannot
///   start (missing executable, bad `currentDirectory`), or
///   ``HarnessError/timedOut(command:output:)``.
public func runProcess(
    _ executable: URL,
    arguments: [String],
    environment: [String: String],
    stdin: Data? = nil,
    currentDirectory: URL? = nil,
    timeout: TimeInterval = 30
) throws -> ProcessResult {
    let command = describeCommand(executable, arguments)
    let deadline = Date(timeIntervalSinceNow: timeout)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let currentDirectory {
        process.currentDirectoryURL = currentDirectory
    }
    let stdoutPipe = Pipe()
    let stderrPipe = Pipe()
    let stdinPipe = stdin.map { _ in Pipe() }
    process.standardOutput = stdoutPipe
    process.standardError = stderrPipe
    process.standardInput = stdinPipe ?? FileHandle.nullDevice
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }

    do {
        try process.run()
    } catch {
        throw HarnessError.launchFailed(command: command, reason: "\(error)")
    }
    // Foundation has closed the child's ends of the pipes in this process.
    let stdoutReader = DescriptorReader(descriptor: stdoutPipe.fileHandleForReading.fileDescriptor, name: "runProcess stdout")
    let stderrReader = DescriptorReader(descriptor: stderrPipe.fileHandleForReading.fileDescriptor, name: "runProcess stderr")
    if let stdin, let stdinPipe {
        PipeWriter.start(writing: stdin, to: stdinPipe.fileHandleForWriting, name: "runProcess stdin")
    }

    let finishedInTime = exited.wait(timeout: dispatchTime(deadline)) == .success
        && stdoutReader.waitUntilFinished(until: max(deadline, Date(timeIntervalSinceNow: 1)))
        && stderrReader.waitUntilFinished(until: max(deadline, Date(timeIntervalSinceNow: 1)))

    if !finishedInTime {
        let pid = process.processIdentifier
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        _ = exited.wait(timeout: .now() + 5)
    }
    // Let the readers drain what is left, then stop them even if a stray
    // descendant still holds a pipe open, so the descriptors can be closed.
    for reader in [stdoutReader, stderrReader] {
        if !reader.waitUntilFinished(until: Date(timeIntervalSinceNow: finishedInTime ? 0 : 2)) {
            reader.requestStop()
            reader.waitUntilFinished(until: Date(timeIntervalSinceNow: 2))
        }
    }
    let stdoutText = String(decoding: stdoutReader.output.snapshot(), as: UTF8.self)
    let stderrText = String(decoding: stderrReader.output.snapshot(), as: UTF8.self)
    try? stdoutPipe.fileHandleForReading.close()
    try? stderrPipe.fileHandleForReading.close()

    guard finishedInTime else {
        let output = "[stdout]\n\(stdoutText)\n[stderr]\n\(stderrText)"
        throw HarnessError.timedOut(command: "\(command) (timeout \(timeout) s)", output: output)
    }
    process.waitUntilExit()  // Makes the termination status readable; returns at once.
    if process.terminationReason == .uncaughtSignal {
        let signal = process.terminationStatus
        return ProcessResult(status: 128 + signal, stdout: stdoutText, stderr: stderrText, terminatedBySignal: signal)
    }
    return ProcessResult(status: process.terminationStatus, stdout: stdoutText, stderr: stderrText)
}

/// Converts a wall-clock deadline into a `DispatchTime` for semaphore waits.
private func dispatchTime(_ deadline: Date) -> DispatchTime {
    let seconds = max(0, deadline.timeIntervalSinceNow)
    return .now() + .nanoseconds(Int(min(seconds, 1e9) * 1e9))
}
