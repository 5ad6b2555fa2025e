import Foundation
import TestSupport
import XCTest

/// Every format of `executions`, `execution` and `patches`, compared whole with files under
/// Tests/Fixtures/golden/. Run with PATCHSH_UPDATE_GOLDEN=1 to rewrite them, then read the diff.
final class GoldenOutputTests: XCTestCase {
    private static let formats = ["table", "plain", "json", "ndjson", "csv"]
    /// The seed server (two executions, rounds, a failure) and the one with hostile patch text.
    private static let cases: [(name: String, server: String, command: String)] = [
        ("executions-seed", "VA1OSDPATCH33", "executions"),
        ("execution-seed", "VA1OSDPATCH33", "execution VA1-132457"),
        ("patches-seed", "VA1OSDPATCH33", "execution VA1-132457 > /dev/null; patches"),
        ("executions-edge", "VA1OSDEDGE01", "executions"),
        ("execution-edge", "VA1OSDEDGE01", "execution VA1-140001"),
        ("patches-edge", "VA1OSDEDGE01", "execution VA1-140001 > /dev/null; patches"),
        ("patches-rhel", "VA1OSDRHEL01", "execution VA1-133001 > /dev/null; patches"),
    ]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden")
    }

    func testEveryFormatOfEveryListingMatchesItsGoldenFile() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let update = ProcessInfo.processInfo.environment["PATCHSH_UPDATE_GOLDEN"] == "1"
        for golden in Self.cases {
            for format in Self.formats {
                let result = try harness.command("use OSD \(golden.server) > /dev/null; \(golden.command) --format \(format)")
                XCTAssertEqual(result.status, 0, "\(golden.name) \(format): \(result.description)")
                let file = Self.folder.appendingPathComponent("\(golden.name).\(format).txt")
                if update {
                    try Data(result.stdout.utf8).write(to: file)
                    continue
                }
                let expected = try String(contentsOf: file, encoding: .utf8)
                XCTAssertEqual(result.stdout, expected, "\(golden.name) as \(format) differs from \(file.lastPathComponent)")
            }
        }
    }

    func testCSVParsesBackWithPythonsCSVModuleExactly() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("use OSD VA1OSDEDGE01 > /dev/null; execution VA1-140001 > /dev/null; "
            + "patches --format csv --fields kb,title,begin_message,end_message")
        XCTAssertEqual(result.status, 0, result.description)
        let rows = try XCTUnwrap(try PythonCheck.run("""
            import csv, io, json, sys
            print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))
            """, input: result.stdout) as? [[String]])
        XCTAssertEqual(rows.first, ["kb", "title", "begin_message", "end_message"])
        XCTAssertEqual(rows.count, 6, "a header and five patches, the newline inside quotes not splitting a row")
        XCTAssertEqual(rows[1][1], "Update for \"Contoso, Ltd.\" agent — naïve café ✓\nsecond line")
        XCTAssertEqual(rows[2][2], "Installing Security Update \u{1B}]0;owned\u{07}\u{1B}[2J for Windows Server 2016 (KB5000002)",
                       "CSV keeps the escape sequence exact")
        XCTAssertEqual(rows[2][3], "Result Code: 4 \u{1B}[31mERROR\u{1B}[0m")
    }

    func testJSONAndNDJSONLoadWithPythonsJSONModuleExactly() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        for format in ["json", "ndjson"] {
            let result = try harness.command("use OSD VA1OSDEDGE01 > /dev/null; execution VA1-140001 > /dev/null; patches --format \(format)")
            XCTAssertEqual(result.status, 0, result.description)
            let loader = format == "json" ? "json.loads(text)" : "[json.loads(line) for line in text.splitlines()]"
            let patches = try XCTUnwrap(try PythonCheck.run("""
                import json, sys
                text = sys.stdin.read()
                print(json.dumps(\(loader)))
                """, input: result.stdout) as? [[String: Any]], format)
            XCTAssertEqual(patches.count, 5, format)
            XCTAssertEqual(patches[0]["title"] as? String, "Update for \"Contoso, Ltd.\" agent — naïve café ✓\nsecond line", format)
            XCTAssertEqual(patches[1]["begin_message"] as? String,
                           "Installing Security Update \u{1B}]0;owned\u{07}\u{1B}[2J for Windows Server 2016 (KB5000002)", format)
            XCTAssertEqual(patches[2]["result_code"] as? Int, 7, "an unknown code is kept as it came")
            XCTAssertEqual(patches[2]["result"] as? String, "unknown code")
            XCTAssertEqual(patches[3]["warning"] as? Bool, true)
            XCTAssertEqual(patches[1]["article_url"] as? String, "https://support.microsoft.com/kb/5000002")
            XCTAssertEqual(patches[1]["duration_seconds"] as? Int, 340)
        }
    }
}

/// Runs a python3 snippet with `input` on standard input and decodes the JSON it prints.
enum PythonCheck {
    static func run(_ source: String, input: String) throws -> Any {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let result = try runProcess(python, arguments: ["python3", "-c", source], environment: ProcessInfo.processInfo.environment,
                                    stdin: Data(input.utf8), currentDirectory: nil, timeout: 30)
        guard result.status == 0 else { throw HarnessError.launchFailed(command: "python3", reason: result.description) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
