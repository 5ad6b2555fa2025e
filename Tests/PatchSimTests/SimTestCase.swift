import Foundation
import PatchSim
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Base class: a fresh emulator on 127.0.0.1:0 per test, and helpers to talk to it.
class SimTestCase: XCTestCase {
    var server: PatchSimServer!
    var port: UInt16 { server.port }

    /// Override to start the server with other settings.
    var configuration: SimConfiguration { SimConfiguration() }

    override func setUpWithError() throws {
        server = PatchSimServer(configuration: configuration)
        try server.start()
    }

    override func tearDown() {
        server?.stop()
        server = nil
    }

    /// Logs in as demo/demo over a raw connection and returns the bearer token.
    func demoToken() throws -> String {
        let client = try RawHTTPClient(port: port)
        try client.post("/v2/authentication/login", body: #"{"username":"demo","password":"demo"}"#)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        let token = try XCTUnwrap((try response.json() as? [String: Any])?["bearerToken"] as? String)
        return token
    }

    /// One GET on its own connection.
    func get(_ path: String, token: String?) throws -> RawHTTPClient.Response {
        let client = try RawHTTPClient(port: port)
        try client.get(path, token: token)
        return try client.readResponse()
    }

    /// A URLSession request against the server (the kind of client PatchKit uses).
    func fetch(_ path: String, method: String = "GET", body: String? = nil, token: String? = nil) async throws
        -> (Int, Data)
    {
        try await Self.fetch(server.baseURL, path, method: method, body: body, token: token)
    }

    /// The same, without `self`, for child tasks.
    static func fetch(
        _ baseURL: URL, _ path: String, method: String = "GET", body: String? = nil, token: String? = nil
    ) async throws -> (Int, Data) {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let status = try XCTUnwrap(response as? HTTPURLResponse).statusCode
        return (status, data)
    }
}

/// Reading the reference bodies in Tests/Fixtures/api-samples and comparing JSON.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/api-samples")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// JSON re-encoded with sorted keys: equal bytes mean equal documents.
    static func canonical(_ data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let encoded = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: encoded, as: UTF8.self)
    }
}
