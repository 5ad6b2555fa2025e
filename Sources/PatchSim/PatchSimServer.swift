import Foundation

/// The emulator on real HTTP: serves the patching API on 127.0.0.1 from background threads.
///
/// ```swift
/// let server = PatchSimServer()
/// try server.start()            // any free port
/// // ... point a client at server.baseURL ...
/// server.stop()
/// ```
/// Dropping the last reference to a server stops it.
public final class PatchSimServer: Sendable {
    /// The configuration the server was created with.
    public let configuration: SimConfiguration
    private let listener: SimListener

    /// Creates a server; nothing is bound until `start`.
    public init(configuration: SimConfiguration = SimConfiguration()) {
        self.configuration = configuration
        self.listener = SimListener(configuration: configuration)
    }

    deinit {
        listener.stop()
    }

    /// Binds 127.0.0.1:`port` (0 = any free port), starts serving on background threads,
    /// and returns the bound port. Throws `SimError` if binding fails or it was started before.
    @discardableResult
    public func start(port: UInt16 = 0) throws -> UInt16 {
        try listener.start(port: port)
    }

    /// The bound port; 0 before `start`.
    public var port: UInt16 { listener.port }

    /// How many connections clients have opened so far: with keep-alive, far fewer than requests.
    public var connectionsAdmitted: Int { listener.connectionsAdmitted }

    /// `http://127.0.0.1:PORT`, the address to point a client at.
    public var baseURL: URL {
        // A loopback IP with a numeric port always parses; the fallback only satisfies the type.
        URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/")
    }

    /// Closes the listener and every open connection, so in-flight clients see a network
    /// error rather than a hang. Idempotent and safe from any thread.
    public func stop() {
        listener.stop()
    }
}
