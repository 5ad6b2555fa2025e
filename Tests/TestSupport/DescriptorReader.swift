import Foundation
import Glibc

/// Drains a file descriptor on a background thread into an ``OutputAccumulator``.
///
/// The thread polls with a short timeout so that ``requestStop()`` ends it even
/// when the other end of the descriptor is never closed (for instance because
/// a grandchild process still holds it). End of file, `EIO` (what a Linux pty
/// master returns once every slave descriptor is closed), `POLLNVAL` and any
/// other read error all end the stream. The reader never closes the descriptor:
/// its owner closes it after ``waitUntilFinished(until:)`` returns `true`.
final class DescriptorReader: Sendable {
    /// Everything read so far.
    let output = OutputAccumulator()
    private let stopRequested = Locked(false)

    /// Starts a thread named `name` that reads `descriptor` until end of file.
    init(descriptor: Int32, name: String) {
        let output = self.output
        let stopRequested = self.stopRequested
        let thread = Thread {
            DescriptorReader.drain(descriptor, into: output, stop: stopRequested)
        }
        thread.name = name
        thread.start()
    }

    /// Asks the thread to stop at its next poll, at most about 50 ms later.
    func requestStop() {
        stopRequested.withLock { $0 = true }
    }

    /// Waits until the thread has finished. Returns whether it did by `deadline`.
    @discardableResult
    func waitUntilFinished(until deadline: Date) -> Bool {
        output.waitUntilFinished(until: deadline)
    }

    private static func drain(_ descriptor: Int32, into output: OutputAccumulator, stop: Locked<Bool>) {
        defer { output.finish() }
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        while !stop.current {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if ready == 0 { continue }
            if poller.revents & Int16(POLLNVAL) != 0 { return }
            // POLLIN, POLLHUP or POLLERR: read reports data, end of file or the error.
            let count = read(descriptor, buffer, capacity)
            if count > 0 {
                output.append(UnsafeRawBufferPointer(start: buffer, count: count))
            } else if count == 0 {
                return
            } else if errno != EINTR && errno != EAGAIN {
                return  // EIO from a pty master whose slave side is gone means EOF.
            }
        }
    }
}
