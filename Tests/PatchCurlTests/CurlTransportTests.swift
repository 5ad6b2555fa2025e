import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PatchCurl
import PatchKit
import PatchSim
import XCTest

/// The libcurl transport against a real patchsim on 127.0.0.1: answers, keep-alive, the size cap,
/// cancellation and the wording of each failure.
final class CurlTransportTests: XCTestCase {
    private var server: PatchSimServer!
    private let summaryPath = "/rest/servers/OSD/server/VA1OSDPATCH33/patch"

    private func start(_ faults: [SimFault] = []) throws {
        var configuration = SimConfiguration()
        configuration.faults = faults
        server = PatchSimServer(configuration: configuration)
        try server.start()
    }

    override func tearDown() {
        server?.stop()
        server = nil
    }

    private func request(_ path: String, method: String = "GET", body: String? = nil, token: String? = nil) -> (URLRequest, RequestLabel) {
        let url = server.baseURL.absoluteString + path
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
        return (request, RequestLabel(method: method, url: url))
    }

    private func logIn(_ transport: CurlTransport) async throws -> String {
        let (login, label) = request("/v2/authentication/login", method: "POST", body: #"{"username":"demo","password":"demo"}"#)
        let exchange = try await transport.send(login, label: label)
        XCTAssertEqual(exchange.status, 200)
        let object = try JSONSerialization.jsonObject(with: exchange.body) as? [String: Any]
        return try XCTUnwrap(object?["bearerToken"] as? String)
    }

    /// The error `send` throws for the summary path, or nil when it answered.
    private func failure(_ transport: CurlTransport, token: String) async -> PatchError? {
        let (get, label) = request(summaryPath, token: token)
        return await sendFailure(transport, get, label)
    }

    func testAnswerCarriesStatusHeadersAndBody() async throws {
        try start()
        let transport = CurlTransport(timeouts: TransportTimeouts())
        let token = try await logIn(transport)
        let (get, label) = request(summaryPath, token: token)
        let exchange = try await transport.send(get, label: label)
        XCTAssertEqual(exchange.status, 200)
        XCTAssertTrue(exchange.headers["content-type"]?.contains("json") == true, "\(exchange.headers)")
        XCTAssertTrue(String(decoding: exchange.body, as: UTF8.self).contains("VA1-132457"))
        let (missing, missingLabel) = request("/rest/servers/OSD/server/NOSUCHSERVER/patch", token: token)
        let notFound = try await transport.send(missing, label: missingLabel)
        XCTAssertEqual(notFound.status, 404, "an error status is an answer, not a failure")
    }

    func testSequentialRequestsReuseOneConnection() async throws {
        try start()
        let transport = CurlTransport(timeouts: TransportTimeouts())
        let token = try await logIn(transport)
        for _ in 0..<10 {
            let (get, label) = request(summaryPath, token: token)
            let exchange = try await transport.send(get, label: label)
            XCTAssertEqual(exchange.status, 200)
        }
        XCTAssertEqual(server.connectionsAdmitted, 1, "login and ten GETs over one kept-alive connection")
    }

    func testParallelRequestsUseAtMostOneConnectionEach() async throws {
        try start([SimFault(path: "/rest/*", kind: .latency(0.2))])
        let transport = CurlTransport(timeouts: TransportTimeouts())
        let token = try await logIn(transport)
        for _ in 0..<2 {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    let (get, label) = request(summaryPath, token: token)
                    group.addTask { try await transport.send(get, label: label).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            XCTAssertEqual(statuses, Array(repeating: 200, count: 8))
        }
        XCTAssertLessThanOrEqual(server.connectionsAdmitted, 8, "two rounds of 8 at once reuse the first round's connections")
    }

    func testBodyLargerThanTheCapIsNotReadToTheEnd() async throws {
        try start([SimFault(path: "/rest/*", kind: .hugeBody(bytes: 8 << 20))])
        let cap = 1 << 20
        let transport = CurlTransport(timeouts: TransportTimeouts(), maximumBodySize: cap)
        let token = try await logIn(transport)
        let (get, label) = request(summaryPath, token: token)
        let exchange = try await transport.send(get, label: label)
        XCTAssertEqual(exchange.status, 200)
        XCTAssertGreaterThan(exchange.body.count, cap, "just past the cap, so the decoder refuses it")
        XCTAssertLessThan(exchange.body.count, 2 * cap, "the other 7 MiB were never read")
    }

    func testCancellingTheTaskAbortsAStalledTransfer() async throws {
        try start([SimFault(path: "/rest/*", kind: .latency(60))])
        let transport = CurlTransport(timeouts: TransportTimeouts(connect: 30, request: 30))
        let token = try await logIn(transport)
        let (get, label) = request(summaryPath, token: token)
        let task = Task { await sendFailure(transport, get, label) }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        // Without the abort this would be a timeout after 30 s.
        let error = await task.value
        XCTAssertEqual(error, .cancelled(label))
    }

    func testACancelledTaskSendsNothing() async throws {
        try start()
        let transport = CurlTransport(timeouts: TransportTimeouts())
        let (get, label) = request(summaryPath)
        let task = Task { () -> PatchError? in
            withUnsafeCurrentTask { $0?.cancel() }
            return await sendFailure(transport, get, label)
        }
        let error = await task.value
        XCTAssertEqual(error, .cancelled(label))
        XCTAssertEqual(server.connectionsAdmitted, 0)
    }

    func testStalledAnswerTimesOutWithTheRequestLimit() async throws {
        try start([SimFault(path: "/rest/*", kind: .latency(10))])
        let transport = CurlTransport(timeouts: TransportTimeouts(connect: 1, request: 1))
        let token = try await logIn(transport)
        let (_, label) = request(summaryPath)
        let error = await failure(transport, token: token)
        XCTAssertEqual(error, .timedOut(label, seconds: 1))
    }

    func testSilenceLongerThanTheConnectLimitEndsTheRequest() async throws {
        try start([SimFault(path: "/rest/*", kind: .latency(20))])
        let transport = CurlTransport(timeouts: TransportTimeouts(connect: 1, request: 15))
        let token = try await logIn(transport)
        let (_, label) = request(summaryPath)
        let error = await failure(transport, token: token)
        XCTAssertEqual(error, .timedOut(label, seconds: 1), "--connect-timeout also bounds silence, as with URLSession")
    }

    func testFailuresAreWordedAsWithURLSession() async throws {
        let cases: [(SimFault.Kind, String)] = [
            (.dropBeforeResponse, "the server closed the connection without answering"),
            (.dropDuringBody, "the connection was dropped before the answer was complete"),
        ]
        for (kind, expected) in cases {
            try start([SimFault(path: "/rest/*", kind: kind)])
            let transport = CurlTransport(timeouts: TransportTimeouts())
            let token = try await logIn(transport)
            let (_, label) = request(summaryPath)
            let error = await failure(transport, token: token)
            guard case .network(let failed, let reason) = error else {
                XCTFail("\(kind): \(String(describing: error))")
                continue
            }
            XCTAssertEqual(failed, label)
            XCTAssertTrue(reason.hasPrefix(expected), "\(kind): \(reason)")
            server.stop()
        }
    }

    func testRefusedConnectionSaysSo() async throws {
        try start()
        let url = server.baseURL.absoluteString + summaryPath
        server.stop()
        let transport = CurlTransport(timeouts: TransportTimeouts())
        let label = RequestLabel(method: "GET", url: url)
        do {
            _ = try await transport.send(URLRequest(url: URL(string: url)!), label: label)
            XCTFail("a stopped server answered")
        } catch {
            XCTAssertEqual(error, .network(label, reason: "connection refused"))
        }
    }

    func testHTTPSToAServerThatIsNotTLSIsRefusedAsUnsafe() async throws {
        try start()
        let url = "https://127.0.0.1:\(server.port)" + summaryPath
        let transport = CurlTransport(timeouts: TransportTimeouts(connect: 5, request: 5))
        let label = RequestLabel(method: "GET", url: url)
        do {
            _ = try await transport.send(URLRequest(url: URL(string: url)!), label: label)
            XCTFail("plain HTTP passed for TLS")
        } catch {
            XCTAssertEqual(error, .network(label, reason: "the TLS connection could not be made safely"))
        }
    }
}

/// The error `send` throws, or nil when it answered.
private func sendFailure(_ transport: CurlTransport, _ request: URLRequest, _ label: RequestLabel) async -> PatchError? {
    do {
        _ = try await transport.send(request, label: label)
        return nil
    } catch {
        return error
    }
}
