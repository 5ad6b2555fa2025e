import Foundation
import PatchSim

/// One end-to-end fixture: a fresh patchsim on 127.0.0.1 (any free port), a temporary home, and the
/// built `patchsh` binary pointed at the emulator through its environment variables.
public final class PatchshHarness: Sendable {
    public let simulator: PatchSimServer
    public let home: TemporaryHome
    /// `http://127.0.0.1:PORT`.
    public let url: String
    public let patchsh: URL

    /// Starts the emulator with `configuration` (default: user demo / demo).
    public init(configuration: SimConfiguration = SimConfiguration()) throws {
        simulator = PatchSimServer(configuration: configuration)
        try simulator.start(port: 0)
        url = simulator.baseURL.absoluteString
        home = try TemporaryHome()
        home.setEnvironmentVariable("PATCHSH_API_URL", to: url)
        home.setEnvironmentVariable("PATCHSH_PATCHING_URL", to: url)
        patchsh = try BuiltProducts.locateExecutable(named: "patchsh")
    }

    deinit { simulator.stop() }

    /// Runs `patchsh ARGS…` with the home's environment plus `environment`, and `stdin` as input.
    public func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    currentDirectory: URL? = nil, timeout: TimeInterval = 30) throws -> ProcessResult {
        try runProcess(patchsh, arguments: arguments, environment: home.environment(adding: environment),
                       stdin: stdin.map { Data($0.utf8) }, currentDirectory: currentDirectory, timeout: timeout)
    }

    /// `patchsh -c SOURCE`.
    public func command(_ source: String, stdin: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        try run(["-c", source], stdin: stdin, environment: environment)
    }

    /// Logs in as demo (password on standard input) and leaves the session in the home.
    public func logIn() throws {
        let result = try command("login demo --password-stdin", stdin: "demo\n")
        guard result.status == 0 else { throw HarnessError.launchFailed(command: "login", reason: result.description) }
    }

    /// Writes `text` as a script in the work directory and returns its path.
    public func writeScript(_ text: String, named name: String = "test.patchsh") throws -> String {
        let url = home.workDirectory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The session file's URL.
    public var sessionFile: URL { home.stateHome.appendingPathComponent("patchsh/session.json") }
}
