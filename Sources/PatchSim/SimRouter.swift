import Foundation

/// The emulated API as a pure function from request to response, with no sockets involved.
///
/// Copies share one token store, so a login through one copy is honoured by all of them.
public struct SimRouter: Sendable {
    /// The configuration in force (users, token lifetime).
    public let configuration: SimConfiguration
    /// The servers and executions served.
    public let fleet: SimFleet
    let clock: @Sendable () -> Date
    let tokens = SimTokenStore()
    /// The executions Execute Package created.
    let applications = SimApplications()
    /// The faults in force; the admin endpoint changes them while the server runs.
    let faults: SimFaultBoard

    /// Creates a router; `clock` is injectable so tests can make tokens expire.
    public init(
        configuration: SimConfiguration = SimConfiguration(),
        fleet: SimFleet = .standard,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.fleet = fleet.addingSynthetic(servers: configuration.syntheticServers, largeExecution: configuration.largeExecution)
        self.clock = clock
        self.faults = SimFaultBoard(configuration.faults)
    }

    /// Answers one request: the admin endpoint, an injected fault, or the emulated API.
    public func handle(_ request: SimRequest) -> SimResponse {
        if request.path.lowercased().hasPrefix(SimAdmin.prefix) { return SimAdmin.handle(request, faults: faults) }
        if let fault = faults.select(method: request.method, path: request.path) { return inject(fault, into: request) }
        return answer(request)
    }

    /// The emulated API, without faults.
    func answer(_ request: SimRequest) -> SimResponse {
        guard let segments = Self.segments(of: request.path) else {
            return .message(400, "The request URI '\(request.target)' is not valid.")
        }
        switch SimRoute(segments) {
        case .login:
            guard request.method == "POST" else { return methodNotAllowed(request, allow: "POST") }
            return login(request)
        case .summary(let alias, let serverID):
            guard request.method == "GET" else { return methodNotAllowed(request, allow: "GET") }
            guard isAuthorized(request) else { return unauthorized }
            guard let server = fleet.server(alias: alias, id: serverID) else {
                return serverNotFound(serverID, alias)
            }
            return SimResponse(status: 200, json: summaryBody(of: server, alias: alias))
        case .detail(let alias, let serverID, let executionID):
            guard request.method == "GET" else { return methodNotAllowed(request, allow: "GET") }
            guard isAuthorized(request) else { return unauthorized }
            guard let server = fleet.server(alias: alias, id: serverID) else {
                return serverNotFound(serverID, alias)
            }
            guard let detail = detailBody(of: server, alias: alias, executionID: executionID) else {
                return .message(404, "Execution '\(executionID)' was not found for server '\(serverID)'.")
            }
            return SimResponse(status: 200, json: detail)
        case .executePackage(let alias):
            guard request.method == "POST" else { return methodNotAllowed(request, allow: "POST") }
            guard isAuthorized(request) else { return unauthorized }
            return executePackage(request, alias: alias)
        case .operationStatus(let alias, let statusID):
            guard request.method == "GET" else { return methodNotAllowed(request, allow: "GET") }
            guard isAuthorized(request) else { return unauthorized }
            return operationStatus(alias: alias, statusID: statusID)
        case nil:
            return .message(404, "No HTTP resource was found that matches the request URI '\(request.path)'.")
        }
    }

    // MARK: - Login

    private func login(_ request: SimRequest) -> SimResponse {
        let fields = Self.loginFields(request.body)
        var modelState: [SimJSON.Member] = []
        if fields.username == nil {
            modelState.append(.init("username", ["The username field is required."]))
        }
        if fields.password == nil {
            modelState.append(.init("password", ["The password field is required."]))
        }
        guard let username = fields.username, let password = fields.password else {
            return SimResponse(status: 400, json: [
                "message": "The request is invalid.",
                "modelState": .object(modelState),
            ])
        }
        guard let expected = configuration.users[username], expected == password else {
            return .message(400, "We didn't recognize the username or password you entered. Please try again.")
        }
        let now = clock()
        let token = tokens.issue(for: username, expires: now.addingTimeInterval(configuration.tokenLifetime), now: now)
        return SimResponse(status: 200, json: [
            "userName": .string(username),
            "accountAlias": "OSD",
            "locationAlias": "VA1",
            "roles": ["AccountAdmin", "ServerAdmin"],
            "bearerToken": .string(token),
        ])
    }

    /// The username and password of a login body; a field is `nil` when missing, empty or not a
    /// string. Keys match case-insensitively, as the platform's model binding does.
    private static func loginFields(_ body: Data) -> (username: String?, password: String?) {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
            return (nil, nil)
        }
        func field(_ name: String) -> String? {
            let value = object.first { $0.key.lowercased() == name }?.value as? String
            return value?.isEmpty == false ? value : nil
        }
        return (field("username"), field("password"))
    }

    // MARK: - Authorization and errors

    private func isAuthorized(_ request: SimRequest) -> Bool {
        guard let value = request.header("Authorization") else { return false }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return tokens.validGrant(for: token, now: clock()) != nil
    }

    private var unauthorized: SimResponse {
        .message(401, "Authorization has been denied for this request.", headers: [SimHeader("WWW-Authenticate", "Bearer")])
    }

    private func serverNotFound(_ serverID: String, _ alias: String) -> SimResponse {
        .message(404, "Server '\(serverID)' was not found in account '\(alias)'.")
    }

    private func methodNotAllowed(_ request: SimRequest, allow: String) -> SimResponse {
        .message(
            405, "The requested resource does not support http method '\(request.method)'.",
            headers: [SimHeader("Allow", allow)])
    }

    /// The percent-decoded path segments, or `nil` when a segment's escapes are invalid.
    static func segments(of path: String) -> [String]? {
        var raw = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if raw.count > 1, raw.last == "" { raw = raw.dropLast() }
        var decoded: [String] = []
        for segment in raw {
            guard let text = String(segment).removingPercentEncoding else { return nil }
            decoded.append(text)
        }
        return decoded
    }
}

/// The endpoints the router knows, recognised from decoded path segments.
enum SimRoute: Equatable {
    case login
    case summary(alias: String, server: String)
    case detail(alias: String, server: String, execution: String)
    case executePackage(alias: String)
    case operationStatus(alias: String, statusID: String)

    /// Matches fixed segments case-insensitively, as the platform's routing does.
    init?(_ segments: [String]) {
        let fixed = segments.map { $0.lowercased() }
        switch segments.count {
        case 3 where fixed == ["v2", "authentication", "login"]:
            self = .login
        case 6 where fixed[0] == "rest" && fixed[1] == "servers" && fixed[3] == "server" && fixed[5] == "patch":
            self = .summary(alias: segments[2], server: segments[4])
        case 7 where fixed[0] == "rest" && fixed[1] == "servers" && fixed[3] == "server" && fixed[5] == "patch":
            self = .detail(alias: segments[2], server: segments[4], execution: segments[6])
        case 5 where fixed[0] == "v2" && fixed[1] == "operations" && fixed[3] == "servers" && fixed[4] == "executepackage":
            self = .executePackage(alias: segments[2])
        case 5 where fixed[0] == "v2" && fixed[1] == "operations" && fixed[3] == "status":
            self = .operationStatus(alias: segments[2], statusID: segments[4])
        default:
            return nil
        }
    }
}
