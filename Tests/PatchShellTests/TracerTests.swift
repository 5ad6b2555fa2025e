import Foundation
import PatchKit
@testable import PatchShell
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What `trace on` prints, and that no secret gets through it.
final class TracerTests: XCTestCase {
    private final class Collected: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
    }

    private func tracer() -> (Tracer, Collected) {
        let collected = Collected()
        let tracer = Tracer { line in collected.lock.withLock { collected.text += line } }
        tracer.isOn = true
        return (tracer, collected)
    }

    func testLoginIsTracedWithThePasswordAndTheNewTokenRedacted() throws {
        let (tracer, collected) = tracer()
        let label = RequestLabel(method: "POST", url: "https://api.ctl.io/v2/authentication/login")
        var request = URLRequest(url: try XCTUnwrap(URL(string: label.url)))
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"password":"Hunter2-secret","username":"ops"}"#.utf8)
        tracer.willSend(request, label: label, attempt: 1, of: 4)
        let body = #"{"userName":"ops","bearerToken":"tok-ABCDEFGHIJKLMNOP"}"#
        tracer.didFinish(label, outcome: .success(HTTPExchange(status: 200, headers: [:], body: Data(body.utf8))),
                         seconds: 0.012, attempt: 1)
        XCTAssertFalse(collected.text.contains("Hunter2-secret"), collected.text)
        XCTAssertFalse(collected.text.contains("tok-ABCDEFGHIJKLMNOP"), collected.text)
        XCTAssertTrue(collected.text.contains(#"trace:     body: {"password":"[redacted]","username":"ops"}"#), collected.text)
        XCTAssertTrue(collected.text.contains("trace: < 200 POST https://api.ctl.io/v2/authentication/login in 12 ms, "), collected.text)
        // The token, once seen, is redacted wherever it turns up later, even outside JSON.
        XCTAssertEqual(tracer.redact("echoed tok-ABCDEFGHIJKLMNOP back"), "echoed [redacted] back")
    }

    func testAuthorizationHeaderIsRedactedAndAttemptsAreShown() throws {
        let (tracer, collected) = tracer()
        let label = RequestLabel(method: "GET", url: "https://p.example/rest/servers/OSD/server/X/patch")
        var request = URLRequest(url: try XCTUnwrap(URL(string: label.url)))
        request.setValue("Bearer very-secret-token-value", forHTTPHeaderField: "Authorization")
        tracer.willSend(request, label: label, attempt: 2, of: 4)
        tracer.willRetry(label, after: 1.25, reason: "HTTP 503", nextAttempt: 3)
        tracer.didFinish(label, outcome: .failure(.network(label, reason: "connection refused")), seconds: 0.003, attempt: 2)
        XCTAssertFalse(collected.text.contains("very-secret-token-value"), collected.text)
        XCTAssertTrue(collected.text.contains("trace: > GET \(label.url) (attempt 2 of 4)\n"), collected.text)
        XCTAssertTrue(collected.text.contains("trace:     Authorization: Bearer [redacted]\n"), collected.text)
        XCTAssertTrue(collected.text.contains("trace:   retrying GET in 1.2 s (HTTP 503); attempt 3 next\n")
            || collected.text.contains("trace:   retrying GET in 1.3 s (HTTP 503); attempt 3 next\n"), collected.text)
        XCTAssertTrue(collected.text.contains("trace: ! GET \(label.url) failed in 3 ms (attempt 2): Could not reach"), collected.text)
    }

    func testNothingIsPrintedWhenOff() throws {
        let (tracer, collected) = tracer()
        tracer.isOn = false
        let label = RequestLabel(method: "GET", url: "https://p.example/x")
        tracer.willSend(URLRequest(url: try XCTUnwrap(URL(string: label.url))), label: label, attempt: 1, of: 1)
        XCTAssertEqual(collected.text, "")
    }
}
