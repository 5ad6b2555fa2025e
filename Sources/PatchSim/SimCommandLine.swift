import Foundation

/// The `patchsim` command line, parsed; kept in the library so tests can exercise it.
public struct SimCommandLine: Sendable, Equatable {
    /// The port to bind (0 = any free port).
    public var port: UInt16 = 0
    /// The emulator configuration the flags describe.
    public var configuration = SimConfiguration()
    /// Whether `--help` was given: print `usage` and exit 0.
    public var showHelp = false

    /// Creates the defaults: any free port, user `demo`/`demo`, two-week tokens, no latency.
    public init() {}

    /// The help text.
    public static let usage = """
        Usage: patchsim [--port N] [--user NAME:PASSWORD]... [--token-lifetime SECONDS] [--latency MS]
                        [--fault SPEC]... [--step SECONDS] [--fail-update SERVER:UPDATE]...
                        [--synthetic-servers N] [--large-execution N] [--help]

        Serves an emulation of the CenturyLink Cloud patching API on 127.0.0.1.
        The first line of output is 'listening on http://127.0.0.1:PORT'. Stop with Ctrl-C or SIGTERM.

        Options:
          --port N                  port to listen on; 0 (the default) picks a free one
          --user NAME:PASSWORD      accept this login; repeatable; replaces the default demo:demo
          --token-lifetime SECONDS  how long a bearer token stays valid (default 1209600, two weeks)
          --latency MS              delay every response by MS milliseconds (default 0)
          --fault SPEC              inject a fault; repeatable. SPEC is KEY=VALUE pairs joined by commas:
                                    path=GLOB (required; '*' matches anything, no '*' = a prefix),
                                    fault=KIND, method=GET, every=N, probability=P, seed=S, times=N,
                                    and for some kinds status=N, seconds=S, retry-after=V, bytes=N.
                                    KIND: latency, status, too-many-requests, drop-before-response,
                                    drop-during-body, truncated-body, malformed-body, html-body,
                                    invalid-utf8, huge-body, wrong-shape, expire-tokens
                                    e.g. --fault 'path=/rest/*,fault=status,status=503,times=2'
          --step SECONDS            how long each stage of an applied execution takes (default 5): pending,
                                    then one patch per step, then completed
          --fail-update SERVER:UPDATE  make UPDATE (a KB or package name) fail when patches are applied
                                    to SERVER ('*' = every server); repeatable; replaces the default
                                    CA3OSDWIN01:KB4012215
          --synthetic-servers N     add account SYN with servers VA1SYN0001… each with one execution SYN-n
          --large-execution N       add server VA1SYNLARGE to account SYN with execution SYN-LARGE of N
                                    patches (every tenth failed)
          --help                    show this help

        Faults can also be switched on a running emulator: POST /_sim/faults with the same keys as
        a JSON object (or an array of them), GET /_sim/faults to list, DELETE /_sim/faults to clear.
        """

    /// Parses the arguments after the program name. Accepts `--flag value` and `--flag=value`.
    public static func parse(_ arguments: [String]) throws -> SimCommandLine {
        var result = SimCommandLine()
        var users: [String: String] = [:]
        var failingUpdates: [SimFailingUpdate] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            let (flag, inlineValue) = split(argument)
            func value() throws -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else { throw SimError.missingValue(flag: flag) }
                return next
            }
            switch flag {
            case "--help", "-h":
                result.showHelp = true
            case "--port":
                let text = try value()
                guard let port = UInt16(text) else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected a port from 0 to 65535")
                }
                result.port = port
            case "--user":
                let text = try value()
                // Split at the first colon only: a password may contain colons.
                guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected NAME:PASSWORD")
                }
                users[String(text[..<colon])] = String(text[text.index(after: colon)...])
            case "--token-lifetime":
                let text = try value()
                guard let seconds = TimeInterval(text), seconds.isFinite, seconds > 0 else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected a positive number of seconds")
                }
                result.configuration.tokenLifetime = seconds
            case "--latency":
                let text = try value()
                guard let milliseconds = TimeInterval(text), milliseconds.isFinite, milliseconds >= 0 else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected milliseconds, 0 or more")
                }
                result.configuration.latency = milliseconds / 1000
            case "--synthetic-servers", "--large-execution":
                let text = try value()
                guard let count = Int(text), (0...1_000_000).contains(count) else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected a count from 0 to 1000000")
                }
                if flag == "--synthetic-servers" {
                    result.configuration.syntheticServers = count
                } else {
                    result.configuration.largeExecution = count
                }
            case "--fault":
                result.configuration.faults.append(try SimFault(flag: try value()))
            case "--step":
                let text = try value()
                guard let seconds = TimeInterval(text), seconds.isFinite, seconds >= 0 else {
                    throw SimError.invalidValue(flag: flag, value: text, reason: "expected seconds, 0 or more")
                }
                result.configuration.executionStepSeconds = seconds
            case "--fail-update":
                failingUpdates.append(try SimFailingUpdate(flag: try value()))
            default:
                throw SimError.unknownFlag(argument)
            }
        }
        if !users.isEmpty { result.configuration.users = users }
        if !failingUpdates.isEmpty { result.configuration.failingUpdates = failingUpdates }
        return result
    }

    /// `--flag=value` into its parts; other arguments come back whole.
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
