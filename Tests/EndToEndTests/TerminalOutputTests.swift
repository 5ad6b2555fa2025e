import Foundation
import TestSupport
import XCTest

/// What a person sees at a real terminal: no raw escapes from the API, colour unless asked not to,
/// tables fitted to the width, times in the local zone.
final class TerminalOutputTests: XCTestCase {
    private func runAtTerminal(_ source: String, columns: Int = 100, environment: [String: String] = [:]) throws -> String {
        let harness = try PatchshHarness()
        try harness.logIn()
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: ["-c", "use OSD VA1OSDEDGE01 > /dev/null; " + source],
                                          environment: harness.home.environment(adding: environment), columns: columns)
        XCTAssertEqual(try terminal.waitForExit(), 0, terminal.output)
        return terminal.output
    }

    func testEscapeSequencesFromTheAPINeverReachTheTerminal() throws {
        for format in ["table", "plain"] {
            let output = try runAtTerminal("execution VA1-140001 > /dev/null; patches --format \(format) --fields update,title,end_message",
                                           environment: ["NO_COLOR": "1"])
            XCTAssertFalse(output.contains("\u{1B}"), "\(format): no escape byte at all with NO_COLOR: \(output.debugDescription)")
            XCTAssertFalse(output.contains("owned"), "\(format): the OSC payload is dropped with its sequence")
            XCTAssertTrue(output.contains("Security Update  for Windows Server 2016"), output)
            XCTAssertTrue(output.contains("naïve café ✓ second line"), "non-ASCII kept, the newline flattened: \(output)")
        }
    }

    func testStatusesAreColouredOnATerminalUnlessNoColourOrDumb() throws {
        let coloured = try runAtTerminal("execution VA1-140001 > /dev/null; patches")
        XCTAssertTrue(coloured.contains("\u{1B}[1;31mfailed\u{1B}[0m"), coloured.debugDescription)
        XCTAssertTrue(coloured.contains("\u{1B}[32mcompleted\u{1B}[0m"), coloured.debugDescription)
        XCTAssertFalse(coloured.contains("\u{1B}[2J"), "the API's screen clear must not pass")
        let dumb = try runAtTerminal("execution VA1-140001 > /dev/null; patches", environment: ["TERM": "dumb"])
        XCTAssertFalse(dumb.contains("\u{1B}["), dumb.debugDescription)
    }

    func testTableFitsANarrowTerminalByShorteningTheTitleFirst() throws {
        let output = try runAtTerminal("execution VA1-140001 > /dev/null; patches", columns: 100, environment: ["NO_COLOR": "1"])
        let lines = output.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
        for line in lines { XCTAssertLessThanOrEqual(line.count, 100, "too wide: \(line)") }
        XCTAssertTrue(lines.contains { $0.hasPrefix("KB5000001  completed") && $0.hasSuffix("…") }, output)
        XCTAssertTrue(lines.contains { $0.contains("2016-06-01 01:09:45") }, "fixed columns stay whole while the title gives way: \(output)")
    }

    func testTimesAreLocalOnATerminalAndUTCWhenAsked() throws {
        let local = try runAtTerminal("executions --fields execution_id,start_time", environment: ["TZ": "America/New_York", "NO_COLOR": "1"])
        XCTAssertTrue(local.contains("VA1-140001  2016-05-31 21:00:00-04"), local)
        let utc = try runAtTerminal("format --time utc; executions --fields execution_id,start_time",
                                    environment: ["TZ": "America/New_York", "NO_COLOR": "1"])
        XCTAssertTrue(utc.contains("VA1-140001  2016-06-01 01:00:00"), utc)
        let json = try runAtTerminal("format --time local; executions --format json --fields start_time", environment: ["TZ": "Asia/Kolkata"])
        XCTAssertTrue(json.contains("\"start_time\": \"2016-06-01T01:00:00Z\""), "machine formats stay UTC: \(json)")
    }
}
