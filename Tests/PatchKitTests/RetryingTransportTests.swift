import Foundation
@testable import PatchKit
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A transport that plays back a script of outcomes, one per attempt, and counts the attempts.
private final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<HTTPExchange, PatchError>]
    private(set) var attempts = 0

    init(_ outcomes: [Result<HTTPExchange, PatchError>]) { self.outcomes = outcomes }

    func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange {
        let outcome = lock.withLock { () -> Result<HTTPExchange, PatchError> in
            attempts += 1
            return outcomes.count > 1 ? outcomes.removeFirst() : outcomes[0]
        }
        return try outcome.get()
    }
}

/// Records the waits instead of sleeping, so no test waits for real.
private final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var waits: [TimeInterval] = []

    var sleeper: RetryingTransport.Sleeper {
        { [self] seconds in lock.withLock { waits.append(seconds) } }
    }
}

final class RetryingTransportTests: XCTestCase {
    private let get = RequestLabel(method: "GET", url: "https://patching.example/rest/servers/OSD/server/X/patch")
    private let post = RequestLabel(method: "POST", url: "https://api.example/v2/authentication/login")

    private func answer(_ status: Int, headers: [String: String] = [:]) -> Result<HTTPExchange, PatchError> {
        .success(HTTPExchange(status: status, headers: headers, body: Data("{}".utf8)))
    }

    private func send(_ label: RequestLabel, through inner: ScriptedTransport, policy: RetryPolicy = RetryPolicy(),
                      recorder: SleepRecorder, random: Double = 0.5,
                      now: Date = Date(timeIntervalSince1970: 1_445_412_480)) async -> Result<HTTPExchange, PatchError> {
        let transport = RetryingTransport(inner, policy: policy, sleep: recorder.sleeper, random: { random }, now: { now })
        var request = URLRequest(url: URL(string: label.url)!)
        request.httpMethod = label.method
        do {
            return .success(try await transport.send(request, label: label))
        } catch {
            return .failure(error)
        }
    }

    func testGatewayErrorsAreRetriedWithDoublingBackOffUntilSuccess() async throws {
        let inner = ScriptedTransport([answer(502), answer(503), answer(504), answer(200)])
        let recorder = SleepRecorder()
        let exchange = try await send(get, through: inner, recorder: recorder, random: 0).get()
        XCTAssertEqual(exchange.status, 200)
        XCTAssertEqual(exchange.attempts, 4)
        // Equal jitter with random 0: half of 0.5, 1 and 2 seconds.
        XCTAssertEqual(recorder.waits, [0.25, 0.5, 1])
    }

    func testJitterStaysWithinTheBackOff() {
        let policy = RetryPolicy(baseDelay: 1, maxDelay: 4)
        let now = Date()
        XCTAssertEqual(policy.delay(after: 1, retryAfter: nil, random: 0, now: now), 0.5)
        XCTAssertEqual(policy.delay(after: 1, retryAfter: nil, random: 0.999_999, now: now), 1, accuracy: 0.001)
        XCTAssertEqual(policy.delay(after: 10, retryAfter: nil, random: 1, now: now), 4, "capped at maxDelay")
    }

    func testExhaustedAttemptsAreCountedInTheError() async {
        let inner = ScriptedTransport([.failure(.network(get, reason: "connection refused"))])
        let recorder = SleepRecorder()
        let outcome = await send(get, through: inner, policy: RetryPolicy(maxAttempts: 3), recorder: recorder)
        XCTAssertEqual(inner.attempts, 3)
        XCTAssertEqual(recorder.waits.count, 2)
        guard case .failure(let error) = outcome else { return XCTFail("a refused connection must fail") }
        XCTAssertEqual(error, .afterAttempts(3, .network(get, reason: "connection refused")))
        do {
            XCTAssertEqual(error.description, "Could not reach the API for \(get): connection refused. "
                + "Check the network and 'endpoint'. Gave up after 3 attempts.")
        }
    }

    func testPostIsNeverRetried() async {
        let inner = ScriptedTransport([answer(503)])
        let recorder = SleepRecorder()
        let outcome = await send(post, through: inner, recorder: recorder)
        XCTAssertEqual((try? outcome.get())?.status, 503)
        XCTAssertEqual(inner.attempts, 1)
        XCTAssertEqual(recorder.waits, [])
    }

    func testClientErrorsAndTimeoutsAreFinal() async {
        for outcome in [answer(404), answer(401), answer(500), .failure(.timedOut(get, seconds: 30))] {
            let inner = ScriptedTransport([outcome])
            _ = await send(get, through: inner, recorder: SleepRecorder())
            XCTAssertEqual(inner.attempts, 1, "\(outcome)")
        }
    }

    func testRetryAfterInSecondsIsHonouredAndCapped() async {
        let recorder = SleepRecorder()
        let inner = ScriptedTransport([answer(429, headers: ["Retry-After": "7"]), answer(429, headers: ["Retry-After": "3600"]),
                                       answer(200)])
        _ = await send(get, through: inner, policy: RetryPolicy(retryAfterCap: 30), recorder: recorder)
        XCTAssertEqual(recorder.waits, [7, 30])
    }

    func testRetryAfterAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_445_412_480) // Wed, 21 Oct 2015 07:28:00 GMT
        XCTAssertEqual(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:12 GMT", now: now), 12)
        XCTAssertEqual(RetryPolicy.parseRetryAfter("Wednesday, 21-Oct-15 07:28:05 GMT", now: now), 5)
        XCTAssertEqual(RetryPolicy.parseRetryAfter("Wed Oct 21 07:28:09 2015", now: now), 9)
        XCTAssertNil(RetryPolicy.parseRetryAfter("soon", now: now))
        // A date in the past means "now", not a negative wait.
        XCTAssertEqual(RetryPolicy().delay(after: 1, retryAfter: "Wed, 21 Oct 2015 07:00:00 GMT", random: 0, now: now), 0)
    }

    func testARetriedStatusThatStaysBadIsCountedByTheClient() async throws {
        let inner = ScriptedTransport([answer(503)])
        let transport = RetryingTransport(inner, policy: RetryPolicy(maxAttempts: 2), sleep: SleepRecorder().sleeper)
        let client = PatchClient(endpoints: Endpoints(api: "https://a.example", patching: "https://p.example"),
                                 transport: transport, userAgent: "test")
        await client.setToken("token")
        do {
            _ = try await client.executions(alias: AccountAlias("OSD"), server: ServerID("VA1OSDPATCH33"))
            XCTFail("a 503 must fail")
        } catch {
            guard case .afterAttempts(2, .httpStatus(_, 503, _)) = error else { return XCTFail("\(error)") }
        }
    }
}
