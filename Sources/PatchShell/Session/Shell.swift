import Foundation
import PatchKit

/// The shell's state, handed to every command. Long-lived parts (client, endpoints, registry, files)
/// stay for the whole process; the evaluation parts (variables, `$?`, arguments) change as it runs.
@MainActor
public final class Shell {
    /// How a shell is set up.
    public struct Configuration: Sendable {
        public var endpoints: Endpoints
        /// Where the session is kept; nil keeps it in memory only.
        public var store: SessionStore?
        public var environment: [String: String]
        /// True when standard input is a person's terminal (passwords may be asked for).
        public var interactive: Bool
        /// True when standard input holds the script itself, so `--password-stdin` cannot read it.
        public var standardInputIsScript: Bool
        public var timeout: TimeInterval
        /// How long to wait for a connection (and for any silence in an answer).
        public var connectTimeout: TimeInterval = 10
        /// How failed GETs are repeated.
        public var retry = RetryPolicy()
        /// `--insecure-http`: plain http accepted for hosts that are not loopback.
        public var allowsInsecureHTTP = false

        /// A configuration; by default nothing is persisted and input is not interactive.
        public init(endpoints: Endpoints, store: SessionStore?, environment: [String: String],
                    interactive: Bool = false, standardInputIsScript: Bool = false, timeout: TimeInterval = 30) {
            self.endpoints = endpoints
            self.store = store
            self.environment = environment
            self.interactive = interactive
            self.standardInputIsScript = standardInputIsScript
            self.timeout = timeout
        }
    }

    public let configuration: Configuration
    public let client: PatchClient
    public let registry = CommandRegistry.standard
    /// Tracing, timeouts, retries and automatic re-login.
    public let resilience: Resilience
    public private(set) var endpoints: Endpoints
    /// What is saved between runs.
    public internal(set) var session: PersistedSession
    /// Where commands write; redirection and `$( … )` swap it.
    public internal(set) var output: TextSink
    public let errors: TextSink
    /// The session-wide default of `--format`, when set.
    public var defaultFormat: OutputFormat?
    /// History, identifiers seen and the completion cache.
    var interactive = InteractiveState()
    /// The session as last read from or written to the store, so an unchanged one is not rewritten.
    private var savedSession: PersistedSession?
    /// The time zone choice and other settings of `format`.
    public var outputPreferences = OutputPreferences()
    /// What `apply` queued, for `wait`.
    var applied = AppliedWork()

    // Per evaluation.
    var variables: [String: String] = [:]
    var lastStatus: Int32 = 0
    var arguments: [String] = []
    var scriptName = "patchsh"
    /// Functions, the error policy and nesting depths.
    var language = LanguageState()

    /// A shell with its session loaded from the store (a damaged file gives a warning, not a failure).
    public init(configuration: Configuration, output: TextSink = .standardOutput(), errors: TextSink = .standardError()) {
        self.configuration = configuration
        self.endpoints = configuration.endpoints
        self.output = output
        self.errors = errors
        let version = PatchshVersion.current
        resilience = Resilience(timeouts: TransportTimeouts(connect: configuration.connectTimeout, request: configuration.timeout),
                                retry: configuration.retry, transport: TransportChoice(environment: configuration.environment))
        client = PatchClient(endpoints: configuration.endpoints, transport: resilience.makeTransport(),
                             userAgent: "patchsh/\(version)")
        session = PersistedSession()
        if let store = configuration.store {
            let (loaded, warning) = store.load()
            if let warning { errors.line("warning: " + warning) }
            if let loaded {
                session = loaded
                savedSession = loaded
            }
        }
    }

    /// One iteration of a parallel loop: its own variables, `$?`, current account/server/execution and
    /// output buffers, copied from `parent`; the client (token, endpoints, connections), timeouts and
    /// tracer are shared. It has no session store, so iterations never rewrite the session file.
    init(iterationOf parent: Shell) {
        var configuration = parent.configuration
        configuration.store = nil
        configuration.interactive = false
        self.configuration = configuration
        client = parent.client
        resilience = parent.resilience
        endpoints = parent.endpoints
        session = parent.session
        output = TextSink.buffer(standingInFor: parent.output)
        errors = TextSink.buffer(standingInFor: parent.errors)
        defaultFormat = parent.defaultFormat
        outputPreferences = parent.outputPreferences
        variables = parent.variables
        lastStatus = parent.lastStatus
        arguments = parent.arguments
        scriptName = parent.scriptName
        language = parent.language.forIteration()
    }

    /// Sets the script's name and `$1…`.
    public func setArguments(_ arguments: [String], scriptName: String) {
        self.arguments = arguments
        self.scriptName = scriptName
    }

    /// The token to send, if the session has one for these endpoints and it has not expired.
    func requireLogin() async throws(PatchError) {
        guard let token = session.token, session.endpoints == endpoints else {
            await client.setToken(nil)
            throw .notLoggedIn
        }
        if let expires = session.tokenExpires, expires <= Date() {
            await client.setToken(nil)
            throw .sessionExpired(since: expires)
        }
        await client.setToken(token)
    }

    /// The current account and server, or a usage error saying how to choose them.
    func currentServer() throws(ShellError) -> (AccountAlias, ServerID) {
        guard let alias = session.alias else {
            throw .usage("No account chosen. Use 'use ALIAS SERVER' first (e.g. 'use OSD VA1OSDPATCH33').")
        }
        guard let server = session.server else {
            throw .usage("No server chosen in account \(alias). Use 'use SERVER' first.")
        }
        do {
            return (try AccountAlias(alias), try ServerID(server))
        } catch {
            throw .api(error)
        }
    }

    /// Saves the session; a failure is a warning, since the command itself succeeded.
    func persist() {
        guard let store = configuration.store else { return }
        // An unchanged session is not rewritten: each save is a synced write and rename, and a script of
        // 2,000 lookups of the same execution would otherwise pay for 2,000 of them.
        guard session != savedSession else { return }
        do {
            try store.save(session)
            savedSession = session
        } catch {
            errors.line("warning: " + error.message)
        }
    }

    /// Points the shell at other endpoints. The token stays bound to the endpoints that issued it.
    func setEndpoints(_ endpoints: Endpoints) async {
        self.endpoints = endpoints
        await client.setEndpoints(endpoints)
    }

    /// The prompt: `patchsh OSD/VA1OSDPATCH33 VA1-132457> `, in colour unless NO_COLOR or TERM=dumb.
    public var prompt: String {
        PromptStyle(environment: configuration.environment)
            .render(alias: session.alias, server: session.server, execution: session.execution)
    }

    /// The prompt for the next line of an unfinished entry, aligned under the main prompt's `>`.
    public var continuationPrompt: String {
        let plain = PromptStyle(environment: ["NO_COLOR": "1"]).render(alias: session.alias, server: session.server,
                                                                        execution: session.execution)
        return PromptStyle(environment: configuration.environment).continuation(width: plain.count)
    }
}

/// The version patchsh reports.
public enum PatchshVersion {
    public static let current = "0.1.0"
}
