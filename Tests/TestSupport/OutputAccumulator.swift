import Foundation

/// A thread-safe, append-only byte buffer that one thread fills while others
/// wait for it to grow.
///
/// A reader thread calls ``append(_:)`` for every chunk and ``finish()`` at end
/// of file; any other thread may take snapshots or block until more bytes
/// arrive. The condition variable guards every stored property, so the class is
/// `@unchecked Sendable` by construction.
final class OutputAccumulator: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var finished = false

    /// Creates an empty, unfinished buffer.
    init() {}

    /// Appends a chunk and wakes every waiter.
    func append(_ chunk: UnsafeRawBufferPointer) {
        condition.lock()
        bytes.append(contentsOf: chunk)
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the end of the stream and wakes every waiter.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether ``finish()`` has been called.
    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    /// The number of bytes received so far.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return bytes.count
    }

    /// A copy of every byte received so far.
    func snapshot() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        return bytes
    }

    /// A copy of the bytes from `offset` on, and whether the stream has ended.
    func bytes(from offset: Int) -> (bytes: [UInt8], finished: Bool) {
        condition.lock()
        defer { condition.unlock() }
        let start = min(max(offset, 0), bytes.count)
        return (Array(bytes[start...]), finished)
    }

    /// Blocks until more than `count` bytes have arrived, the stream has ended,
    /// or `deadline` passes. Returns `false` only when the deadline passed first.
    @discardableResult
    func waitForMore(than count: Int, until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while bytes.count <= count && !finished {
            if !condition.wait(until: deadline) {
                return bytes.count > count || finished
            }
        }
        return true
    }

    /// Blocks until the stream has ended or `deadline` passes. Returns whether
    /// the stream ended.
    @discardableResult
    func waitUntilFinished(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !finished {
            if !condition.wait(until: deadline) {
                return finished
            }
        }
        return true
    }
}
