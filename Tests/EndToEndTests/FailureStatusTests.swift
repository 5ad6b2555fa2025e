import Foundation
import TestSupport
import XCTest

/// Each way the main job can go wrong gives its documented exit status and a message naming the cause.
final class FailureStatusTests: XCTestCase {
    func testWrongPasswordPrintsTheAPIsMessageWithAuthenticationStatus() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("login demo --password-stdin", stdin: "wrong\n")
        XCTAssertEqual(result.status, 3, result.description)
        XCTAssertEqual(result.stderr, "-c:1:1: error: Login failed: We didn't recognize the username or password you entered. Please try again.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.sessionFile.path))
    }

    func testUnknownExecutionIsNamedWithNotFoundStatus() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDPATCH33; execution VA1-999999")
        XCTAssertEqual(result.status, 4, result.description)
        XCTAssertTrue(result.stderr.hasPrefix("-c:1:24: error: Execution 'VA1-999999' of server 'VA1OSDPATCH33' in account 'OSD' was not found (HTTP 404"),
                      result.stderr)
    }

    func testUnknownServerIsNotFound() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDNOPE99; executions")
        XCTAssertEqual(result.status, 4, result.description)
        XCTAssertTrue(result.stderr.contains("Server 'VA1OSDNOPE99' in account 'OSD' was not found"), result.stderr)
    }

    func testStoppedEmulatorGivesANetworkErrorNotACrash() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        harness.simulator.stop()
        let result = try harness.command("use OSD VA1OSDPATCH33; executions")
        XCTAssertEqual(result.status, 5, result.description)
        XCTAssertNil(result.terminatedBySignal)
        XCTAssertTrue(result.stderr.contains("Could not reach the API for GET \(harness.url)/rest/servers/OSD/server/VA1OSDPATCH33/patch"),
                      result.stderr)
        // The session survives the outage.
        XCTAssertTrue(FileManager.default.fileExists(atPath: harness.sessionFile.path))
    }

    func testDataCommandsWithoutLoginSayHowToLogIn() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("use OSD VA1OSDPATCH33; executions")
        XCTAssertEqual(result.status, 3, result.description)
        XCTAssertEqual(result.stderr, "-c:1:24: error: Not logged in. Run 'login' first.\n")
    }

    func testMisspeltCommandSuggestsTheNearOne() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("exectuions")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "-c:1:1: error: Unknown command 'exectuions'. Did you mean 'executions'?\n")
    }

    func testMisspeltFlagSuggestsTheNearOne() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("patches --faild")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("-c:1:1: error: 'patches' has no flag '--faild'. Did you mean '--failed'?"), result.stderr)
    }

    func testIdentifierThatWouldChangeThePathIsRefusedBeforeAnyRequest() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD ../x")
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertTrue(result.stderr.contains("'../x' is not a valid server ID"), result.stderr)
    }

    func testBadEndpointVariableIsAUsageError() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("version", environment: ["PATCHSH_API_URL": "ftp://example.com"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("'ftp://example.com' is not a usable endpoint"), result.stderr)
    }

    func testEndpointWithAnImpossiblePortIsAUsageError() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["--api-url", "http://127.0.0.1:99999", "-c", "version"])
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertEqual(result.stderr, "patchsh: 'http://127.0.0.1:99999' is not a usable endpoint: the port 99999 is not between 1 and 65535.\n")
    }

    func testTokenIsNotSentToOtherEndpoints() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let other = try PatchshHarness()
        // Same home, other emulator: the token from the first must not be used there.
        let result = try harness.run(["-c", "use OSD VA1OSDPATCH33; executions"],
                                     environment: ["PATCHSH_API_URL": other.url, "PATCHSH_PATCHING_URL": other.url])
        XCTAssertEqual(result.status, 3, result.description)
        XCTAssertTrue(result.stderr.contains("Not logged in"), result.stderr)
    }
}
