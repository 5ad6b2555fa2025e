import Foundation
import Glibc

/// Decoding and polling of `waitpid` results. The `W*` macros of
/// `<sys/wait.h>` are not visible from Swift, so their Linux definitions are
/// restated here.
enum WaitStatus {
    /// The exit code for a raw wait status: the exit status for a normal exit,
    /// `128 + signal` for a process killed by a signal.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Polls `waitpid(pid, WNOHANG)` until the child is reaped or `deadline`
    /// passes. Returns the raw status, or `nil` when it is still running (or
    /// cannot be waited for at all).
    static func reap(_ pid: pid_t, until deadline: Date) -> Int32? {
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return nil }
            if Date() >= deadline { return nil }
            usleep(2_000)
        }
    }
}
