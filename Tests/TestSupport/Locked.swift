import Foundation

/// A value guarded by a lock so that it can be shared between threads.
///
/// All access goes through ``withLock(_:)``; the value is never touched by two
/// threads at once, which is what makes the `@unchecked Sendable` sound.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Creates a box holding `initial`.
    init(_ initial: Value) {
        value = initial
    }

    /// Runs `body` with exclusive access to the value and returns its result.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the current value.
    var current: Value {
        withLock { $0 }
    }
}
