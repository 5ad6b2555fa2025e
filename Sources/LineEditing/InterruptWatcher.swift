import Dispatch
import Foundation
import LineEditShim
#if canImport(Glibc)
import Glibc
#endif

/// Calls a handler on a background queue each time Ctrl-C (SIGINT) arrives, so a running command can be
/// cancelled while the main thread awaits it. Reads the pipe the C signal handler writes to.
public final class InterruptWatcher {
    private let source: any DispatchSourceRead
    private let handler = LockedHandler()

    /// Installs the SIGINT handler (if not yet) and starts watching; nil when the pipe could not be made.
    public init?() {
        pe_install_interrupt_handler()
        let descriptor = pe_interrupt_descriptor()
        guard descriptor >= 0 else { return nil }
        let handler = self.handler
        source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: .global())
        source.setEventHandler {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(descriptor, &buffer, buffer.count) > 0 {}
            handler.call()
        }
        source.resume()
    }

    deinit { source.cancel() }

    /// What to do on the next Ctrl-C; nil to do nothing (the line editor handles Ctrl-C itself).
    public func setHandler(_ action: (@Sendable () -> Void)?) { handler.set(action) }
}

/// A handler guarded by a lock, since Ctrl-C arrives on another thread.
private final class LockedHandler: @unchecked Sendable {
    // @unchecked: every access to `action` holds `lock`.
    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?

    func set(_ action: (@Sendable () -> Void)?) {
        lock.lock()
        self.action = action
        lock.unlock()
    }

    func call() {
        lock.lock()
        let action = self.action
        lock.unlock()
        action?()
    }
}
