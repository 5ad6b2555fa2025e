import Foundation
import Glibc

/// A program running on a pseudo-terminal, driven the way a person at a
/// terminal would drive it.
///
/// The pty slave is the program's controlling terminal and its standard
/// input, output and error, so `isatty()` is true, the line discipline echoes
/// and edits input, typing Ctrl-C (byte 0x03) sends `SIGINT` to the
/// foreground process group, and ``resize(columns:rows:)`` delivers
/// `SIGWINCH`. A background thread collects everything the program writes.
///
/// Lifecycle: ``waitForExit(timeout:)`` reaps a program that ends by itself;
/// ``terminate()`` (also run by `deinit`) kills it and releases the
/// descriptors. Each instance owns one pty master descriptor and one reader
/// thread, both gone after `terminate()`. All methods are thread-safe, though
/// one test normally drives one terminal from one thread.
///
/// Input and output helpers are in `PseudoTerminal+Input.swift` and
/// `PseudoTerminal+Output.swift`.
public final class PseudoTerminal: Sendable {
    /// The process id of the program (also its process group and session id).
    public let pid: pid_t
    /// The command line, for messages.
    let command: String
    /// The pty master; valid while `state.masterOpen` is true.
    let master: Int32
    /// Collects the program's output from `master`.
    let reader: DescriptorReader
    /// Mutable bookkeeping shared by all methods.
    let state = Locked(State())

    /// The mutable part of a terminal, always accessed under its lock.
    struct State: Sendable {
        /// Whether `master` is still open (false after `terminate()`).
        var masterOpen = true
        /// The raw wait status once the program has been reaped.
        var waitStatus: Int32?
        /// Raw output offset up to which `expect` has consumed output.
        var consumed = 0
    }

    /// Starts `executable` on a new pseudo-terminal of `columns` x `rows`.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after `argv[0]` (which is the executable's path).
    ///   - environment: The program's entire environment; nothing is inherited.
    /// - Throws: ``HarnessError/systemCallFailed(call:errno:)`` if no pty can
    ///   be allocated, ``HarnessError/launchFailed(command:reason:)`` if the
    ///   program cannot be started.
    public init(
        executable: URL,
        arguments: [String],
        environment: [String: String],
        columns: Int = 100,
        rows: Int = 30
    ) throws {
        command = describeCommand(executable, arguments)
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        var slaveDescriptor: Int32 = -1
        guard openpty(&masterDescriptor, &slaveDescriptor, nil, nil, &size) == 0 else {
            throw HarnessError.systemCallFailed(call: "openpty", errno: errno)
        }
        // Keep both ends out of programs started concurrently by other code.
        _ = fcntl(masterDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slaveDescriptor, F_SETFD, FD_CLOEXEC)
        do {
            let path = try Self.terminalPath(of: slaveDescriptor)
            pid = try TerminalSpawner.spawn(
                executable: executable, arguments: arguments, environment: environment, terminalPath: path)
        } catch {
            close(slaveDescriptor)
            close(masterDescriptor)
            throw error
        }
        // posix_spawn returns only after the child has opened the slave and
        // exec'd. Closing our copy means that once the program (and anything it
        // started) exits, reading the master fails with EIO: our end of file.
        close(slaveDescriptor)
        // Non-blocking, so a program that stops reading cannot hang `send`.
        _ = fcntl(masterDescriptor, F_SETFL, fcntl(masterDescriptor, F_GETFL) | O_NONBLOCK)
        master = masterDescriptor
        reader = DescriptorReader(descriptor: masterDescriptor, name: "PseudoTerminal \(pid)")
    }

    deinit {
        terminate()
    }

    /// Sets the terminal size with `TIOCSWINSZ`; the kernel sends `SIGWINCH`
    /// to the foreground process group if the size changed. Does nothing after
    /// ``terminate()``.
    public func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        state.withLock { state in
            guard state.masterOpen else { return }
            _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        }
    }

    /// Waits for the program to exit and for its output to be fully read.
    ///
    /// - Returns: The exit status, or `128 + signal` if a signal killed it.
    ///   Calling it again returns the same value.
    /// - Throws: ``HarnessError/exitTimedOut(pid:timeout:screenTail:)`` if it is
    ///   still running after `timeout` seconds (it is left running).
    @discardableResult
    public func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date(timeIntervalSinceNow: timeout)
        if let status = reapIfNeeded(until: deadline) {
            // Descendants may keep the terminal open; don't wait on them long.
            reader.waitUntilFinished(until: max(deadline, Date(timeIntervalSinceNow: 1)))
            return WaitStatus.exitCode(status)
        }
        throw HarnessError.exitTimedOut(pid: pid, timeout: timeout, screenTail: String(screenText.suffix(2000)))
    }

    /// Kills the program's process group with `SIGKILL` (unless the program
    /// was already reaped), reaps it, stops the reader thread and closes the
    /// pty. Idempotent; `deinit` calls it.
    public func terminate() {
        let alreadyReaped = state.withLock { $0.waitStatus != nil }
        if !alreadyReaped {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            _ = reapIfNeeded(until: Date(timeIntervalSinceNow: 5))
        }
        reader.requestStop()
        let stopped = reader.waitUntilFinished(until: Date(timeIntervalSinceNow: 5))
        state.withLock { state in
            // If the reader is somehow still running, leak the descriptor rather
            // than close it under the reader (its number could be reused).
            guard state.masterOpen, stopped else { return }
            state.masterOpen = false
            close(master)
        }
    }

    /// Reaps the program if that has not happened yet; returns the raw wait
    /// status, or `nil` if it is still running at `deadline`.
    private func reapIfNeeded(until deadline: Date) -> Int32? {
        if let status = state.withLock({ $0.waitStatus }) { return status }
        guard let status = WaitStatus.reap(pid, until: deadline) else { return nil }
        state.withLock { $0.waitStatus = status }
        return status
    }

    /// The device path (e.g. `/dev/pts/3`) of a terminal descriptor.
    private static func terminalPath(of descriptor: Int32) throws -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let status = ttyname_r(descriptor, &buffer, buffer.count)
        guard status == 0 else {
            throw HarnessError.systemCallFailed(call: "ttyname_r", errno: status)
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
