import Foundation
import TestSupport
import XCTest

/// The password is never written anywhere; the session file is private and survives across runs.
final class SecretsAndSessionTests: XCTestCase {
    private let password = "s3cret-Pa55word-for-test"

    func testPasswordAppearsInNoFileAndNoOutput() throws {
        let harness = try PatchshHarness(configuration: .init(users: ["ops@example.com": password]))
        let result = try harness.command("""
            login ops@example.com --password-stdin; use OSD VA1OSDPATCH33; executions; execution VA1-132457; \
            patches --failed; whoami; logout; login ops@example.com; whoami
            """, stdin: password + "\n", environment: ["CLC_PASSWORD": password])
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertFalse(result.stdout.contains(password))
        XCTAssertFalse(result.stderr.contains(password))
        XCTAssertEqual(harness.home.filesContaining(password), [])
    }

    func testSessionFileIsPrivateAndHoldsNoPassword() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        XCTAssertEqual(harness.home.permissions(of: harness.sessionFile), 0o600)
        XCTAssertEqual(harness.home.permissions(of: harness.sessionFile.deletingLastPathComponent()), 0o700)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: harness.sessionFile)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["user", "account_alias", "location_alias", "token", "token_expires", "endpoints", "alias"])
    }

    func testLogoutForgetsTheToken() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        XCTAssertEqual(try harness.command("logout").stdout, "Logged out demo.\n")
        let result = try harness.command("use OSD VA1OSDPATCH33; executions")
        XCTAssertEqual(result.status, 3)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: harness.sessionFile)) as? [String: Any])
        XCTAssertNil(object["token"])
    }

    func testExpiredTokenIsNotSent() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        // Age the saved token past its two weeks.
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: harness.sessionFile)) as? [String: Any])
        object["token_expires"] = Date().timeIntervalSince1970 - 60
        try JSONSerialization.data(withJSONObject: object).write(to: harness.sessionFile)
        let result = try harness.command("use OSD VA1OSDPATCH33; executions")
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("The session expired at"), result.stderr)
    }

    func testDamagedSessionFileIsAWarningNotACrash() throws {
        let harness = try PatchshHarness()
        try FileManager.default.createDirectory(at: harness.sessionFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: harness.sessionFile)
        let result = try harness.command("version")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("warning: The session file"), result.stderr)
        try harness.logIn()
        XCTAssertEqual(try harness.command("use OSD VA1OSDPATCH33 > /dev/null; executions --last 1 --format csv").status, 0)
    }

    func testDemoKeepsItsOwnSessionApartFromTheRealOne() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let before = try Data(contentsOf: harness.sessionFile)
        let result = try harness.run(["--demo", "-c", "login demo; use OSD VA1OSDPATCH33; execution VA1-132457 > /dev/null; patches --failed --format csv"],
                                     environment: ["CLC_PASSWORD": "demo"])
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.contains("KB3123245,failed,5,407,"), result.stdout)
        XCTAssertTrue(result.stderr.contains("Demo mode: patchsim is serving at http://127.0.0.1:"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: harness.sessionFile), before, "the demo must not touch the real session")
    }
}
