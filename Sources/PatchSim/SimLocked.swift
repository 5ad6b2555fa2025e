import Foundation

/// A value guarded by a lock, for the little shared state the emulator has (tokens, open sockets).
///
/// `@unchecked Sendable` because the compiler cannot see that every access to `state` goes
/// through `lock`; `withLock` is the only way in, which is what makes it safe. (The
/// `Synchronization` module's `Mutex` would avoid this, but the project allows only
/// Foundation, Glibc and Dispatch.)
final class SimLocked<State>: @unchecked Sendable {
    private var state: State
    private let lock = NSLock()

    init(_ state: State) {
        self.state = state
    }

    /// Runs `body` with exclusive access to the state.
    func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
