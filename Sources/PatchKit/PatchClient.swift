import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The one client for the patching API. It adds the token, timeout and User-Agent in one place,
/// encodes identifiers as single path segments and turns every answer into a domain value or a `PatchError`.
public actor PatchClient {
    /// Where requests go; changing it does not clear the token (the session decides that).
    public private(set) var endpoints: Endpoints
    private var token: String?
    private var transport: any HTTPTransport
    private let userAgent: String

    /// Bodies above this size are refused rather than decoded.
    public static var maximumBodySize: Int { ResponseDecoder.maximumBodySize }

    /// A client with the given endpoints and transport.
    public init(endpoints: Endpoints, transport: any HTTPTransport, userAgent: String) {
        self.endpoints = endpoints
        self.transport = transport
        self.userAgent = userAgent
    }

    /// Points the client at other base URLs.
    public func setEndpoints(_ endpoints: Endpoints) { self.endpoints = endpoints }

    /// Sends later requests through another transport (e.g. with other timeouts).
    public func setTransport(_ transport: any HTTPTransport) { self.transport = transport }

    /// Sets or clears the bearer token sent with every call but login.
    public func setToken(_ token: String?) { self.token = token }

    /// Logs in; the password lives only in this request's body.
    public func login(username: String, password: String) async throws(PatchError) -> LoginResult {
        let url = endpoints.api + "/v2/authentication/login"
        let label = RequestLabel(method: "POST", url: url)
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        } catch {
            throw .badResponse(label, status: 0, reason: "the login request could not be encoded")
        }
        let exchange = try await perform(label, body: body, authorised: false)
        if exchange.status == 400 { throw .badCredentials(label, message: Self.apiMessage(exchange)) }
        return try decode(WireLogin.self, exchange, label: label, subject: "The login endpoint").value
    }

    /// Every execution of the patching job against one server (the summary endpoint).
    public func executions(alias: AccountAlias, server: ServerID) async throws(PatchError) -> [ExecutionSummary] {
        let label = RequestLabel(method: "GET", url: patchPath(alias, server))
        let exchange = try await perform(label, body: nil, authorised: true)
        let subject = "Server '\(server)' in account '\(alias)'"
        return try decode([WireSummary].self, exchange, label: label, subject: subject).map(\.value)
    }

    /// The patches applied to a server during one execution (the seed endpoint).
    public func execution(alias: AccountAlias, server: ServerID, id: ExecutionID) async throws(PatchError) -> ExecutionDetail {
        let label = RequestLabel(method: "GET", url: patchPath(alias, server) + "/" + PathSegment.encode(id.value))
        let exchange = try await perform(label, body: nil, authorised: true)
        let subject = "Execution '\(id)' of server '\(server)' in account '\(alias)'"
        return try decode(WireDetail.self, exchange, label: label, subject: subject).value
    }

    private func patchPath(_ alias: AccountAlias, _ server: ServerID) -> String {
        endpoints.patching + "/rest/servers/" + PathSegment.encode(alias.value)
            + "/server/" + PathSegment.encode(server.value) + "/patch"
    }

    func perform(_ label: RequestLabel, body: Data?, authorised: Bool) async throws(PatchError) -> HTTPExchange {
        guard let url = URL(string: label.url) else {
            throw .invalidEndpoint(value: label.url, reason: "the URL cannot be formed")
        }
        var request = URLRequest(url: url)
        request.httpMethod = label.method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if authorised {
            guard let token else { throw .notLoggedIn }
            request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        }
        if Task.isCancelled { throw .cancelled(label) }
        return try await transport.send(request, label: label)
    }

    func decode<T: Decodable>(_ type: T.Type, _ exchange: HTTPExchange, label: RequestLabel,
                                      subject: String) throws(PatchError) -> T {
        try ResponseDecoder.decode(type, exchange, label: label, subject: subject)
    }

    /// The `message` of a v2 error body, or a word about what came instead.
    static func apiMessage(_ exchange: HTTPExchange) -> String? { ResponseDecoder.apiMessage(exchange) }
}

/// Turns DecodingError's nested cases into one readable phrase naming the field.
enum DecodingProblem {
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "the body" : "'" + names.joined(separator: ".") + "'"
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "the body is not valid JSON" : "\(path(context)) is not valid"
        case .keyNotFound(let key, let context):
            return "the field '\(key.stringValue)' is missing in \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context)) is not of the expected shape (\(plainShape(context.debugDescription)))"
        @unknown default:
            return "the body is not of the expected shape"
        }
    }

    /// JSONDecoder says `Expected to decode Array<Any> but found a dictionary instead.`; users read JSON, not
    /// Swift types: `expected a list, found an object`. Our own messages pass through unchanged.
    static func plainShape(_ text: String) -> String {
        guard text.hasPrefix("Expected to decode ") else { return text }
        let names: [(String, String)] = [("Array", "a list"), ("Dictionary", "an object"), ("String", "a string"),
                                         ("Int", "a number"), ("Double", "a number"), ("Bool", "true or false")]
        let rest = text.dropFirst("Expected to decode ".count)
        let expected = names.first { rest.hasPrefix($0.0) }?.1 ?? "another kind of value"
        var found = ""
        if let range = rest.range(of: "but found ") {
            let what = rest[range.upperBound...].replacingOccurrences(of: " instead.", with: "")
            found = ", found " + what.replacingOccurrences(of: "a dictionary", with: "an object")
                .replacingOccurrences(of: "an array", with: "a list")
        }
        return "expected " + expected + found
    }
}
