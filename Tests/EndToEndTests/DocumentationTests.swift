import Foundation
import TestSupport
import XCTest

/// docs/COMMANDS.md shows exactly what `help` prints, so the reference cannot drift from the declarations.
final class DocumentationTests: XCTestCase {
    func testCommandsReferenceMatchesHelpForEveryCommand() throws {
        let harness = try PatchshHarness()
        let docs = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/COMMANDS.md").path, encoding: .utf8)
        let overview = try harness.command("help").stdout
        XCTAssertTrue(docs.contains("```\n" + overview + "```"), "regenerate docs/COMMANDS.md: the overview differs")
        let names = overview.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertGreaterThan(names.count, 10)
        for name in names {
            let page = try harness.command("help \(name)").stdout
            XCTAssertTrue(docs.contains("## \(name)\n\n```\n" + page + "```"), "docs/COMMANDS.md is out of date for '\(name)'")
        }
    }

    func testEveryDeclaredExampleRunsWithoutASyntaxOrUsageError() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        _ = try harness.command("use OSD VA1OSDPATCH33; execution VA1-132457")
        let overview = try harness.command("help").stdout
        let names = overview.split(separator: "\n").filter { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
        for name in names {
            let page = try harness.command("help \(name)").stdout
            guard let range = page.range(of: "Examples:\n") else { continue }
            for example in page[range.upperBound...].split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                // Examples that change the session or end the shell run in a throw-away copy.
                let copy = try PatchshHarness()
                try copy.logIn()
                _ = try copy.command("use OSD VA1OSDPATCH33; execution VA1-132457")
                let result = try copy.command(example, stdin: "demo\n", environment: ["CLC_PASSWORD": "demo"])
                XCTAssertNotEqual(result.status, 2, "example '\(example)' of '\(name)' is not valid: \(result.stderr)")
                XCTAssertNil(result.terminatedBySignal)
            }
        }
    }
}
