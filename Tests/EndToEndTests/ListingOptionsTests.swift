import Foundation
import TestSupport
import XCTest

/// `--fields`, `--sort`, `--reverse`, the `patches` filters and `format`, as a script sees them.
final class ListingOptionsTests: XCTestCase {
    private func run(_ source: String) throws -> ProcessResult {
        let harness = try PatchshHarness()
        try harness.logIn()
        return try harness.command(source)
    }

    func testUnknownFieldIsAUsageErrorWithANearMiss() throws {
        let result = try run("use OSD VA1OSDPATCH33 > /dev/null; executions --fields execution_id,endtime")
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertTrue(result.stderr.contains("'executions' has no field 'endtime'. Did you mean 'end_time'?"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Fields: execution_id, status,"), result.stderr)
    }

    func testSortAndReverseOrderRowsByTheFieldsNature() throws {
        let result = try run("use OSD VA1OSDRHEL01 > /dev/null; execution VA1-133001 > /dev/null; "
            + "patches --sort duration_seconds --reverse --fields update,duration_seconds --format csv")
        XCTAssertEqual(result.stdout, "update,duration_seconds\r\nglibc,271\r\nopenssh,109\r\nbash,94\r\nopenssl,55\r\ntzdata,27\r\n",
                       result.description)
    }

    func testPatchFiltersCombine() throws {
        let base = "use OSD VA1OSDPATCH33 > /dev/null; execution VA1-132457 > /dev/null; "
        let grep = try run(base + "patches --grep 'SECURITY update' --fields kb")
        XCTAssertEqual(grep.stdout, "KB3126587\nKB3124275\n", grep.description)
        let combined = try run(base + "patches --grep security --since '2016-03-14 09:06' --fields kb")
        XCTAssertEqual(combined.stdout, "KB3124275\n", combined.description)
        let kb = try run(base + "patches --kb 3123245 --kb kb3126587 --status failed --fields kb")
        XCTAssertEqual(kb.stdout, "KB3123245\n", kb.description)
        let package = try run("use OSD VA1OSDRHEL01 > /dev/null; execution VA1-133001 > /dev/null; patches --kb openssh --fields package,version,arch")
        XCTAssertEqual(package.stdout, "openssh\t5.3p1-118.1.el6_8\tx86_64\n", package.description)
        let badTime = try run(base + "patches --since yesterday")
        XCTAssertEqual(badTime.status, 2)
        XCTAssertTrue(badTime.stderr.contains("'yesterday' is not a time for '--since'"), badTime.stderr)
    }

    func testFormatSetsTheSessionDefaultAndACommandsOwnFlagWins() throws {
        let result = try run("use OSD VA1OSDPATCH33 > /dev/null; format ndjson; executions --fields execution_id; executions --format plain --fields execution_id")
        XCTAssertEqual(result.stdout, "{\"execution_id\":\"VA1-132457\"}\n{\"execution_id\":\"VA1-131020\"}\nVA1-132457\nVA1-131020\n", result.description)
        let wrong = try run("format jsno")
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("'jsno' is not a format") && wrong.stderr.contains("Did you mean 'json'?"), wrong.stderr)
    }

    func testExecutionDecodesRoundsAndTheirUpdates() throws {
        let result = try run("use OSD VA1OSDPATCH33 > /dev/null; execution VA1-131020 --format json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.description)
        XCTAssertEqual(object["rounds"] as? Int, 2)
        let rounds = try XCTUnwrap(object["initiations"] as? [[String: Any]])
        XCTAssertEqual(rounds.map { $0["update_count"] as? Int }, [2, 0], "in the order they ran")
        XCTAssertEqual(rounds.first?["update_urls"] as? [String],
                       ["https://support.microsoft.com/en-us/kb/3122651", "https://support.microsoft.com/en-us/kb/3118401"])
        XCTAssertEqual(object["duration_seconds"] as? Int, 1663)
    }
}
