import Foundation
import PatchSim
import TestSupport
import XCTest

/// With `trace on` through a whole session — login, data commands, an expired token and the
/// automatic re-login — neither the password nor any token appears in standard output, standard
/// error (the full trace included) or any file patchsh wrote, except the token in its session file.
final class SecretLeakTests: XCTestCase {
    private let password = "Leak-Check-Pa55word"

    private func token(in harness: PatchshHarness) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: harness.sessionFile)) as? [String: Any]
        return try XCTUnwrap(object?["token"] as? String)
    }

    func testNoPasswordOrTokenInOutputTraceOrFiles() throws {
        var configuration = SimConfiguration(users: ["ops": password])
        configuration.faults = [SimFault(path: "/rest/*/patch/*", kind: .expireTokens, times: 1),
                                SimFault(path: "/rest/*/patch", kind: .status(503), times: 1)]
        let harness = try PatchshHarness(configuration: configuration)
        let login = try harness.command("trace on; login ops --password-stdin", stdin: password + "\n")
        XCTAssertEqual(login.status, 0, login.description)
        let first = try token(in: harness)

        let result = try harness.command("""
            trace on; use OSD VA1OSDPATCH33; executions; execution VA1-132457 > detail.txt; patches --failed --format json; \
            whoami; echo done
            """, environment: ["CLC_USER": "ops", "CLC_PASSWORD": password])
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stderr.contains("trace: > GET"), "the trace was on: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("logging in again as ops"), result.stderr)
        let second = try token(in: harness)
        XCTAssertNotEqual(first, second, "the re-login issued a new token")

        for (name, secret) in [("password", password), ("first token", first), ("second token", second)] {
            for (stream, text) in [("login stdout", login.stdout), ("login stderr", login.stderr),
                                   ("stdout", result.stdout), ("stderr", result.stderr)] {
                XCTAssertFalse(text.contains(secret), "the \(name) leaked into \(stream)")
            }
        }
        XCTAssertEqual(harness.home.filesContaining(password), [])
        XCTAssertEqual(harness.home.filesContaining(first), [])
        XCTAssertEqual(harness.home.filesContaining(second).map(\.lastPathComponent), ["session.json"])
        XCTAssertTrue(result.stderr.contains("Authorization: Bearer [redacted]"), result.stderr)
        XCTAssertTrue(login.stderr.contains(#""bearerToken":"[redacted]""#), login.stderr)
        XCTAssertTrue(login.stderr.contains(#""password":"[redacted]""#), login.stderr)
    }
}
