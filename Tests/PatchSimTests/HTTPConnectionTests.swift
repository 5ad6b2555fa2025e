import Foundation
import PatchSim
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

final class HTTPConnectionTests: SimTestCase {
    private let summaryPath = "/rest/servers/OSD/server/VA1OSDPATCH33/patch"

    func testTwoRequestsShareOneKeepAliveConnection() throws {
        let token = try demoToken()
        let client = try RawHTTPClient(port: port)
        try client.get(summaryPath, token: token)
        let first = try client.readResponse()
        XCTAssertEqual(first.status, 200)
        XCTAssertNil(first.headers["connection"])
        try client.get(summaryPath + "/VA1-132457", token: token)
        XCTAssertEqual(try client.readResponse().status, 200)
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let client = try RawHTTPClient(port: port)
        try client.send(
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET \(summaryPath) HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 404)
        XCTAssertEqual(try client.readResponse().status, 401)
        XCTAssertEqual(try client.readResponse().status, 404)
    }

    func testConnectionCloseIsHonoured() throws {
        let client = try RawHTTPClient(port: port)
        try client.get("/x", extra: "Connection: close\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.headers["connection"], "close")
        XCTAssertTrue(client.waitForClose(timeout: 2))
    }

    func testHTTP10ClosesUnlessKeepAliveIsAsked() throws {
        let plain = try RawHTTPClient(port: port)
        try plain.send("GET /x HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try plain.readResponse().headers["connection"], "close")
        XCTAssertTrue(plain.waitForClose(timeout: 2))

        let kept = try RawHTTPClient(port: port)
        try kept.send("GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try kept.readResponse().headers["connection"], "keep-alive")
        try kept.send("GET /y HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try kept.readResponse().status, 404)
    }

    func testFiftyConcurrentConnectionsAreAllServed() throws {
        let token = try demoToken()
        let clients = try (0..<50).map { _ in try RawHTTPClient(port: port) }
        // Every connection is open before any is answered: the server must hold them all at once.
        for client in clients { try client.get(summaryPath, token: token) }
        for client in clients.reversed() { XCTAssertEqual(try client.readResponse().status, 200) }
    }

    func testFiftyConcurrentURLSessionRequestsSucceed() async throws {
        let token = try demoToken()
        let baseURL = server.baseURL, path = summaryPath
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask { try await Self.fetch(baseURL, path, token: token).0 }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        XCTAssertEqual(statuses, Array(repeating: 200, count: 50))
    }

    func testGarbageRequestLineGets400JSONAndClose() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("HELLO THERE\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.headers["content-type"], "application/json; charset=utf-8")
        XCTAssertNotNil(response.message)
        XCTAssertTrue(client.waitForClose(timeout: 2))
    }

    func testBinaryGarbageGets400WithoutWaitingForMore() throws {
        let client = try RawHTTPClient(port: port)
        try client.send([0x16, 0x03, 0x01, 0x02, 0x00, 0x01])  // a TLS ClientHello's first bytes
        XCTAssertEqual(try client.readResponse().status, 400)
    }

    func testOversizedBodyGets413AndClose() throws {
        let client = try RawHTTPClient(port: port)
        let body = String(repeating: "x", count: 1024 * 1024 + 1)
        try client.post("/v2/authentication/login", body: body)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 413)
        XCTAssertNotNil(response.message)
        XCTAssertTrue(client.waitForClose(timeout: 3))
    }

    func testExpectContinueIsAnsweredBeforeTheBodyIsSent() throws {
        let client = try RawHTTPClient(port: port)
        let body = #"{"username":"demo","password":"demo"}"#
        try client.send(
            "POST /v2/authentication/login HTTP/1.1\r\nContent-Length: \(body.utf8.count)\r\nExpect: 100-continue\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 100)
        try client.send(body)
        XCTAssertEqual(try client.readResponse().status, 200)
    }

    func testOversizedHeadersGet431() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("GET / HTTP/1.1\r\nX-Big: \(String(repeating: "a", count: 17 * 1024))\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 431)
    }

    func testChunkedBodyIsRefusedWith411() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("POST /v2/authentication/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 411)
    }

    func testBadConnectionDoesNotStopTheServer() throws {
        for _ in 0..<5 {
            let rude = try RawHTTPClient(port: port)
            try rude.send("GET /rest/servers/OSD/server/VA1OSDPATCH33/patch HTTP/1.1\r\nHost: x\r\n")
        }  // each closes mid-request
        XCTAssertEqual(try get(summaryPath, token: try demoToken()).status, 200)
    }

    func testStopClosesAnIdleKeepAliveConnectionPromptly() throws {
        let client = try RawHTTPClient(port: port)
        try client.get("/x")
        _ = try client.readResponse()
        let started = Date()
        server.stop()
        XCTAssertTrue(client.waitForClose(timeout: 2))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertThrowsError(try RawHTTPClient(port: port), "the listener is closed")
    }

    func testStopIsIdempotent() {
        server.stop()
        server.stop()
    }

    func testStartingTwiceThrows() {
        XCTAssertThrowsError(try server.start())
    }
}

/// Cases that need a server configured differently.
final class SlowServerTests: SimTestCase {
    override var configuration: SimConfiguration {
        var configuration = SimConfiguration(latency: 3)
        configuration.idleTimeout = 0.5
        return configuration
    }

    func testStopMakesAClientWaitingForAResponseFailPromptly() async throws {
        let stopper = Task { [server] in
            try await Task.sleep(nanoseconds: 300_000_000)
            server?.stop()
        }
        let started = Date()
        do {
            _ = try await fetch("/x")
            XCTFail("expected a network error once the server stopped")
        } catch {
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "the client must fail, not hang: \(error)")
        }
        try await stopper.value
    }

    func testIdleConnectionIsClosedAfterTheIdleTimeout() throws {
        let client = try RawHTTPClient(port: port)
        XCTAssertTrue(client.waitForClose(timeout: 3))
    }

    func testRequestTrickledBeyondTheTimeoutGets408() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("GET / HTTP/1.1\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        try client.send("Host: x\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        try client.send("X-A: b\r\n")
        XCTAssertEqual(try client.readResponse().status, 408)
    }
}

/// The connection limit.
final class ConnectionLimitTests: SimTestCase {
    override var configuration: SimConfiguration {
        var configuration = SimConfiguration()
        configuration.maxConnections = 2
        return configuration
    }

    func testConnectionsBeyondTheLimitGet503AndTheRestStillWork() throws {
        let first = try RawHTTPClient(port: port)
        let second = try RawHTTPClient(port: port)
        try first.get("/x")
        XCTAssertEqual(try first.readResponse().status, 404)
        try second.get("/x")
        XCTAssertEqual(try second.readResponse().status, 404)
        let third = try RawHTTPClient(port: port)
        XCTAssertEqual(try third.readResponse().status, 503)
        try first.get("/x")
        XCTAssertEqual(try first.readResponse().status, 404)
    }
}
