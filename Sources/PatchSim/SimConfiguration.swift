import Foundation

/// How an emulator behaves: who may log in, how long tokens last, how slow it is.
public struct SimConfiguration: Sendable, Equatable {
    /// Accepted logins, username to password; the default is `demo` / `demo`.
    public var users: [String: String]
    /// How long a bearer token stays valid after login, in seconds (the platform's is two weeks).
    public var tokenLifetime: TimeInterval
    /// Extra delay before every response, in seconds, to make slowness visible in tests and demos.
    public var latency: TimeInterval
    /// How long a connection may sit without completing a request before it is closed, in seconds.
    public var idleTimeout: TimeInterval = 30
    /// Most connections served at once; more are answered 503 and closed.
    public var maxConnections: Int = 1024
    /// Limits applied to each request.
    public var parser = HTTPRequestParser()
    /// Faults injected from the start (`--fault`); `POST /_sim/faults` adds more while running.
    public var faults: [SimFault] = []
    /// Seconds between the stages of an applied execution (pending, each patch, completed); `--step`.
    public var executionStepSeconds: TimeInterval = 5
    /// Which updates fail when patches are applied; `--fail-update`.
    public var failingUpdates = SimFailingUpdate.standard

    /// Servers of the synthetic account SYN (`VA1SYN0001`, …), each with one execution; 0 = none.
    public var syntheticServers = 0
    /// Patches of the synthetic execution SYN-LARGE on VA1SYNLARGE in account SYN; 0 = none.
    public var largeExecution = 0

    /// Creates a configuration; the defaults are the ones the demo uses.
    public init(
        users: [String: String] = ["demo": "demo"],
        tokenLifetime: TimeInterval = 14 * 86_400,
        latency: TimeInterval = 0
    ) {
        self.users = users
        self.tokenLifetime = tokenLifetime
        self.latency = latency
    }
}
