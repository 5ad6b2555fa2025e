import PatchSim

/// `patchsh --demo`: patchsim in this process, on a free loopback port, with the demo user.
@MainActor
final class DemoEmulator {
    private var server: PatchSimServer?

    /// Starts the emulator and returns its base URL.
    func start() throws -> String {
        let server = PatchSimServer(configuration: SimConfiguration())
        try server.start(port: 0)
        self.server = server
        return server.baseURL.absoluteString
    }

    /// Stops it (idempotent).
    func stop() {
        server?.stop()
        server = nil
    }
}
