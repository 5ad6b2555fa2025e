import Dispatch
import Foundation

/// The accepting half of the server: owns the listening socket, admits connections, and
/// knows every open one so `stop` can shut them all down.
///
/// Separate from `PatchSimServer` so the threads hold this object rather than the public
/// one, and dropping the last reference to the server can stop it.
final class SimListener: Sendable {
    private enum Phase {
        case idle
        case running(SimSocket)
        case stopped
    }

    private struct State {
        var phase = Phase.idle
        var port: UInt16 = 0
        var connections: [Int: SimSocket] = [:]
        var nextConnectionID = 0
    }

    private let configuration: SimConfiguration
    private let router: SimRouter
    private let state = SimLocked(State())
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    init(configuration: SimConfiguration) {
        self.configuration = configuration
        self.router = SimRouter(configuration: configuration)
    }

    /// The bound port, or 0 before `start`.
    var port: UInt16 { state.withLock { $0.port } }

    /// How many connections have been admitted since the start (each gets the next ID).
    var connectionsAdmitted: Int { state.withLock { $0.nextConnectionID } }

    /// Binds, then accepts on a background thread.
    func start(port requested: UInt16) throws -> UInt16 {
        try state.withLock { state in
            guard case .idle = state.phase else { throw SimError.alreadyStarted }
            let (listener, port) = try SimSocket.listen(port: requested)
            state.phase = .running(listener)
            state.port = port
            let thread = Thread { [self] in acceptLoop(listener) }
            thread.name = "patchsim-accept"
            thread.start()
            return port
        }
    }

    /// Closes the listener and shuts down every open connection; idempotent.
    func stop() {
        let wasRunning = state.withLock { state -> Bool in
            guard case .running(let listener) = state.phase else {
                state.phase = .stopped
                return false
            }
            state.phase = .stopped
            // Under the lock: a socket still registered has not been closed by its thread,
            // so its descriptor cannot have been reused yet.
            listener.shutdown()
            for connection in state.connections.values { connection.shutdown() }
            return true
        }
        // Wait for the accept thread to close the listener, so the port is free on return.
        if wasRunning { _ = acceptLoopEnded.wait(timeout: .now() + 2) }
    }

    private func acceptLoop(_ listener: SimSocket) {
        defer {
            listener.close()
            acceptLoopEnded.signal()
        }
        while true {
            let accepted = listener.accept()
            let failure = errno
            if isStopped {
                accepted?.close()
                return
            }
            guard let connection = accepted else {
                // Out of descriptors or an aborted handshake: wait a moment and keep serving.
                if failure == EMFILE || failure == ENFILE || failure == ENOBUFS || failure == ENOMEM {
                    Thread.sleep(forTimeInterval: 0.05)
                }
                continue
            }
            admit(connection)
        }
    }

    private var isStopped: Bool {
        state.withLock { state in
            if case .stopped = state.phase { return true }
            return false
        }
    }

    private func admit(_ connection: SimSocket) {
        let id = state.withLock { state -> Int? in
            guard case .running = state.phase, state.connections.count < configuration.maxConnections else {
                return nil
            }
            state.nextConnectionID += 1
            state.connections[state.nextConnectionID] = connection
            return state.nextConnectionID
        }
        guard let id else {
            let busy = SimResponse.message(503, "Too many connections; try again later.")
            connection.setTimeouts(1)
            _ = connection.sendAll(busy.serialized(keepAlive: false))
            connection.close()
            return
        }
        let serving = SimConnection(socket: connection, router: router, configuration: configuration)
        let thread = Thread { [self] in
            serving.serve()
            release(id)
        }
        thread.name = "patchsim-connection-\(id)"
        // Parsing is flat, not recursive: a small stack lets a thousand connections coexist.
        thread.stackSize = 512 * 1024
        thread.start()
    }

    private func release(_ id: Int) {
        let connection = state.withLock { $0.connections.removeValue(forKey: id) }
        connection?.close()
    }
}
