import Foundation
import TestSupport
import XCTest

/// The foundation's promise: log in, choose a server, read an execution's patches, from `-c`.
final class MainJobTests: XCTestCase {
    private let mainJob = "login demo --password-stdin; use OSD VA1OSDPATCH33; execution VA1-132457; patches --failed"

    func testFailedPatchesAsJSONAreExactlyTheFailedOnes() throws {
        let harness = try PatchshHarness()
        let result = try harness.command(mainJob + " --format json", stdin: "demo\n")
        XCTAssertEqual(result.status, 0, result.description)
        // Everything before the JSON array is the login/use/execution chatter; the array is the last document.
        let json = try XCTUnwrap(result.stdout.range(of: "[\n").map { String(result.stdout[$0.lowerBound...]) })
        let patches = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(patches.map { $0["kb"] as? String }, ["KB3123245"])
        XCTAssertEqual(patches.first?["result_code"] as? Int, 5)
        XCTAssertEqual(patches.first?["status"] as? String, "failed")
        XCTAssertEqual(patches.first?["end_time"] as? String, "2016-03-14T09:12:48Z")
    }

    func testFailedPatchesAsCSVHaveAHeaderAndOneRowEach() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDRHEL01 > /dev/null; execution VA1-133001 > /dev/null; patches --failed --format csv")
        XCTAssertEqual(result.status, 0, result.description)
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "update,status,result_code,duration_seconds,end_time,title")
        // glibc failed with code 4, openssh reported completed but code 4: both fail by patchsh's rule.
        XCTAssertEqual(lines.count, 3, result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("openssh,failed,4,") }, "completed + code 4 is failed: \(result.stdout)")
        XCTAssertFalse(lines.contains { $0.contains("bash") }, "code 3 is a warning, not a failure: \(result.stdout)")
    }

    func testExecutionsListsNewestFirstInPlainFormatWhenNotATerminal() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDPATCH33 > /dev/null; executions")
        XCTAssertEqual(result.status, 0, result.description)
        let ids = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) }
        XCTAssertEqual(ids, ["VA1-132457", "VA1-131020"])
    }

    func testExecutionShowsCountsByPatchshsRule() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD CA3OSDWIN01 > /dev/null; execution CA3-104857 --format json")
        XCTAssertEqual(result.status, 0, result.description)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["duration_seconds"] as? Int, 1204)
        XCTAssertEqual(object["counts"] as? [String: Int], ["completed": 2, "failed": 1, "pending": 0, "warnings": 0])
        XCTAssertEqual(object["server_id"] as? String, "CA3OSDWIN01")
    }

    func testCountOnlyExecutionSaysDetailsAreMissing() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use ALIAS WA1ALIASSERV0101 > /dev/null; execution WA1-200114 > /dev/null; patches --format table")
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "The platform reported 7 patches for WA1-200114 but sent no details.\n")
    }

    func testSessionCarriesContextToTheNextRun() throws {
        let harness = try PatchshHarness()
        XCTAssertEqual(try harness.command(mainJob, stdin: "demo\n").status, 0)
        let next = try harness.command("echo \"$alias/$server $execution\"; patches --failed --format csv")
        XCTAssertEqual(next.status, 0, next.description)
        XCTAssertTrue(next.stdout.hasPrefix("OSD/VA1OSDPATCH33 VA1-132457\n"), next.stdout)
        XCTAssertTrue(next.stdout.contains("KB3123245,failed,5,407,"), next.stdout)
    }

    func testLatestPicksTheNewestExecution() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDPATCH33 > /dev/null; execution latest > /dev/null; echo $execution")
        XCTAssertEqual(result.stdout, "VA1-132457\n", result.description)
    }

    func testCredentialsFromTheEnvironmentLogIn() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("login; whoami --format csv", environment: ["CLC_USER": "demo", "CLC_PASSWORD": "demo"])
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.contains("Logged in as demo (account OSD, VA1)"), result.stdout)
        XCTAssertFalse(result.stdout.contains(try XCTUnwrap(token(in: harness))), "whoami must not print the token")
    }

    private func token(in harness: PatchshHarness) throws -> String? {
        let data = try Data(contentsOf: harness.sessionFile)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["token"] as? String
    }
}
