import Foundation
import Glibc

/// Writes a block of bytes into a pipe on a background thread, then closes it.
///
/// The thread blocks `SIGPIPE` for itself only, so a child that exits without
/// reading its input makes `write` fail with `EPIPE` instead of killing the
/// test process; the thread-directed signal is then discarded. No process-wide
/// signal disposition is changed, so children do not inherit an ignored
/// `SIGPIPE`.
enum PipeWriter {
    /// Starts the writer thread. `handle` is closed when the data is written or
    /// the reader has gone away.
    static func start(writing data: Data, to handle: FileHandle, name: String) {
        let thread = Thread {
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            writeAll(data, to: handle.fileDescriptor)
            discardPendingSigpipe(blocked)
            try? handle.close()
        }
        thread.name = name
        thread.start()
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // EPIPE: the child closed its input early.
                }
            }
        }
    }

    private static func discardPendingSigpipe(_ set: sigset_t) {
        var set = set
        var pending = sigset_t()
        sigpending(&pending)
        guard sigismember(&pending, SIGPIPE) == 1 else { return }
        var noWait = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&set, nil, &noWait)
    }
}
