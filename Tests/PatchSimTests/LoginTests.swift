import Foundation
import PatchSim
import XCTest

final class LoginTests: SimTestCase {
    override var configuration: SimConfiguration {
        SimConfiguration(users: ["demo": "demo", "ops@example.com": "s3cret:with:colons"])
    }

    func testLoginWithGoodCredentialsReturnsAccountAndToken() async throws {
        let (status, data) = try await fetch(
            "v2/authentication/login", method: "POST", body: #"{"username":"demo","password":"demo"}"#)
        XCTAssertEqual(status, 200)
        let body = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(body["userName"] as? String, "demo")
        XCTAssertEqual(body["accountAlias"] as? String, "OSD")
        XCTAssertEqual(body["locationAlias"] as? String, "VA1")
        XCTAssertEqual(body["roles"] as? [String], ["AccountAdmin", "ServerAdmin"])
        let token = try XCTUnwrap(body["bearerToken"] as? String)
        XCTAssertEqual(token.count, 43, "base64url of 32 bytes, unpadded")
        XCTAssertTrue(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    func testEachLoginIssuesADifferentToken() throws {
        XCTAssertNotEqual(try demoToken(), try demoToken())
    }

    func testLoginWithWrongPasswordIsRejectedWithTheDocumentedBody() async throws {
        let (status, data) = try await fetch(
            "v2/authentication/login", method: "POST", body: #"{"username":"demo","password":"nope"}"#)
        XCTAssertEqual(status, 400)
        XCTAssertEqual(try Fixtures.canonical(data), try Fixtures.canonical(Fixtures.data("login-bad-credentials.json")))
    }

    func testLoginWithUnknownUserIsRejectedWithTheDocumentedBody() throws {
        let client = try RawHTTPClient(port: port)
        try client.post("/v2/authentication/login", body: #"{"username":"mallory","password":"demo"}"#)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(
            response.message, "We didn't recognize the username or password you entered. Please try again.")
    }

    func testConfiguredUserWithColonsInPasswordCanLogIn() throws {
        let client = try RawHTTPClient(port: port)
        try client.post(
            "/v2/authentication/login", body: #"{"username":"ops@example.com","password":"s3cret:with:colons"}"#)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual((try response.json() as? [String: Any])?["userName"] as? String, "ops@example.com")
    }

    func testLoginWithMissingPasswordReportsModelState() throws {
        let client = try RawHTTPClient(port: port)
        try client.post("/v2/authentication/login", body: #"{"username":"demo"}"#)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 400)
        let body = try XCTUnwrap(try response.json() as? [String: Any])
        XCTAssertEqual(body["message"] as? String, "The request is invalid.")
        let modelState = try XCTUnwrap(body["modelState"] as? [String: [String]])
        XCTAssertEqual(modelState, ["password": ["The password field is required."]])
    }

    func testLoginWithNonJSONBodyReportsBothFieldsRequired() throws {
        let client = try RawHTTPClient(port: port)
        try client.post("/v2/authentication/login", body: "username=demo&password=demo")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 400)
        let body = try XCTUnwrap(try response.json() as? [String: Any])
        XCTAssertEqual(body["message"] as? String, "The request is invalid.")
        XCTAssertEqual(
            body["modelState"] as? [String: [String]],
            ["username": ["The username field is required."], "password": ["The password field is required."]])
    }

    func testLoginWithGetIsMethodNotAllowed() throws {
        let response = try get("/v2/authentication/login", token: nil)
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["allow"], "POST")
        XCTAssertNotNil(response.message)
    }
}

/// Token lifetime, checked on the pure router with a clock the test moves.
final class TokenExpiryTests: XCTestCase {
    /// A clock the test sets; `@unchecked Sendable` because every access holds `lock`.
    final class ManualClock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date(timeIntervalSince1970: 1_460_000_000)
        var now: Date { lock.withLock { current } }
        func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    }

    func testTokenIsAcceptedUntilItsLifetimeEndsThenRejectedWith401() throws {
        let clock = ManualClock()
        let router = SimRouter(configuration: SimConfiguration(tokenLifetime: 60), clock: { clock.now })
        let login = router.handle(SimRequest(
            method: "POST", target: "/v2/authentication/login",
            body: Data(#"{"username":"demo","password":"demo"}"#.utf8)))
        XCTAssertEqual(login.status, 200)
        let token = try XCTUnwrap((try JSONSerialization.jsonObject(with: login.body) as? [String: Any])?["bearerToken"] as? String)
        let summary = SimRequest(
            method: "GET", target: "/rest/servers/OSD/server/VA1OSDPATCH33/patch",
            headers: [SimHeader("Authorization", "Bearer \(token)")])

        clock.advance(59)
        XCTAssertEqual(router.handle(summary).status, 200)
        clock.advance(2)
        let expired = router.handle(summary)
        XCTAssertEqual(expired.status, 401)
        XCTAssertEqual(try Fixtures.canonical(expired.body), try Fixtures.canonical(Fixtures.data("error-unauthorized.json")))
    }

    func testTokenFromOneRouterCopyWorksInAnother() throws {
        let router = SimRouter()
        let copy = router
        let login = router.handle(SimRequest(
            method: "POST", target: "/v2/authentication/login",
            body: Data(#"{"username":"demo","password":"demo"}"#.utf8)))
        let token = try XCTUnwrap((try JSONSerialization.jsonObject(with: login.body) as? [String: Any])?["bearerToken"] as? String)
        let request = SimRequest(
            method: "GET", target: "/rest/servers/OSD/server/VA1OSDPATCH33/patch",
            headers: [SimHeader("authorization", "bearer \(token)")])
        XCTAssertEqual(copy.handle(request).status, 200)
    }
}
