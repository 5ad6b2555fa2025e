import Foundation
import Glibc

/// Starts a program whose controlling terminal is a given pseudo-terminal slave.
///
/// `posix_spawn` with `POSIX_SPAWN_SETSID` makes the child a session leader
/// with no controlling terminal; glibc does the `setsid()` *before* it runs the
/// file actions, so the file action that opens the slave by path (without
/// `O_NOCTTY`) onto descriptor 0 makes that terminal the controlling terminal,
/// with the child's process group in the foreground. Descriptors 1 and 2 are
/// duplicates of 0, every other inherited descriptor is closed, every
/// catchable signal is reset to its default action (a test run may have
/// `SIGINT` ignored, which would otherwise be inherited) and the signal mask is
/// emptied.
enum TerminalSpawner {
    /// `POSIX_SPAWN_SETSID` from glibc's `<spawn.h>`; the macro is only defined
    /// under `_GNU_SOURCE`, so Swift does not import it.
    private static let setSessionFlag: Int32 = 0x80

    /// Spawns `executable` on `terminalPath` and returns its process id.
    ///
    /// - Throws: ``HarnessError/launchFailed(command:reason:)``.
    static func spawn(
        executable: URL,
        arguments: [String],
        environment: [String: String],
        terminalPath: String
    ) throws -> pid_t {
        let command = describeCommand(executable, arguments)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        for descriptor in inheritedDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var status = posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        if status == 0 { status = posix_spawn_file_actions_adddup2(&actions, 0, 1) }
        if status == 0 { status = posix_spawn_file_actions_adddup2(&actions, 0, 2) }
        guard status == 0 else {
            throw HarnessError.launchFailed(command: command, reason: "file actions: \(String(cString: strerror(status)))")
        }

        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal: Int32 in 1..<32 where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&defaults, signal)
        }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        let flags = setSessionFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = CStringArray([executable.path] + arguments)
        defer { argv.free() }
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer { envp.free() }
        var pid: pid_t = 0
        status = posix_spawn(&pid, executable.path, &actions, &attributes, argv.pointers, envp.pointers)
        guard status == 0 else {
            throw HarnessError.launchFailed(command: command, reason: String(cString: strerror(status)))
        }
        return pid
    }

    /// The descriptors currently open in this process, from `/proc/self/fd`.
    /// Any of them may close concurrently; glibc ignores a close action for an
    /// already-closed descriptor.
    private static func inheritedDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
    }
}
