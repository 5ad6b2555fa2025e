import Foundation
import TestSupport
import XCTest

/// `report`: the verdict follows the data, every format says the same, and the HTML page shows its chart.
final class ReportTests: XCTestCase {
    // ReportChart's colours: completed, failed, pending (nothing else on the page uses them).
    private let completed = "2e9d4a", failed = "d9342b", pending = "f0a81c"

    private func report(_ arguments: String, harness: PatchshHarness) throws -> ProcessResult {
        try harness.command("use OSD > /dev/null; report \(arguments)")
    }

    func testACompliantServerExitsZeroAndIsJudgedOnItsLatestExecutionOnly() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try report("VA1OSDCLEAN01 --format json", harness: harness)
        XCTAssertEqual(result.status, 0, result.description)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["compliant"] as? Bool, true)
        let server = try XCTUnwrap((document["servers"] as? [[String: Any]])?.first)
        XCTAssertEqual(server["execution_id"] as? String, "VA1-140210", "the older, failed run must not count")
        XCTAssertEqual(server["verdict"] as? String, "compliant")
        XCTAssertEqual(server["warning_count"] as? Int, 1, "code 3 is allowed, and counted")
    }

    func testVerdictsFollowTheDataAndTheExitStatusIsOneWhenAnyServerIsNotCompliant() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try report("VA1OSDCLEAN01 VA1OSDPATCH33 VA1OSDRHEL02 VA1OSDNOPE01 --format csv --fields server_id,verdict,failed_count,reason",
                                harness: harness)
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            server_id,verdict,failed_count,reason\r
            VA1OSDCLEAN01,compliant,0,1 with warnings\r
            VA1OSDPATCH33,failed,1,1 failed patch\r
            VA1OSDRHEL02,in progress,0,execution running\r
            VA1OSDNOPE01,unknown,,not found in account OSD\r

            """)
        XCTAssertTrue(result.stderr.contains("NOT COMPLIANT: 1 of 4 servers compliant (VA1OSDPATCH33 failed, VA1OSDRHEL02 in progress, "
            + "VA1OSDNOPE01 unknown)."), result.stderr)
    }

    func testServerListFileAllowsCommentsAndNamesTheLineOfABadID() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let list = try harness.writeScript("# nightly fleet\nVA1OSDCLEAN01   # the clean one\n\nVA1OSDCLEAN01, CA3OSDWIN01\n", named: "servers.txt")
        let result = try report("--file \(list) --format plain --fields server_id,verdict", harness: harness)
        XCTAssertEqual(result.stdout, "VA1OSDCLEAN01\tcompliant\nCA3OSDWIN01\tfailed\n", "repeats dropped: \(result.description)")
        let bad = try harness.writeScript("VA1OSDCLEAN01\nnot/an id\n", named: "bad.txt")
        let refused = try report("--file \(bad)", harness: harness)
        XCTAssertEqual(refused.status, 2, refused.description)
        XCTAssertTrue(refused.stderr.contains("bad.txt:2: "), refused.stderr)
    }

    func testMarkdownListsFailedPatchesWithTheirDecodedResultAndArticle() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try report("VA1OSDPATCH33 VA1OSDRHEL01 VA1OSDEDGE01 --format markdown", harness: harness)
        XCTAssertEqual(result.status, 1)
        let text = result.stdout
        XCTAssertTrue(text.hasPrefix("# Patch compliance — account OSD\n"), text)
        XCTAssertTrue(text.contains("| KB3123245 | 5 (aborted) | 2016-03-14 09:12:48 | [Update for Windows Server 2012 R2](https://support.microsoft.com/kb/3123245) |"), text)
        XCTAssertTrue(text.contains("| openssh | 4 (failed), reported completed |"), text)
        XCTAssertFalse(text.contains("\u{1B}"), "no escape from the API in a document")
    }

    func testHTMLReportIsSelfContainedAndChromiumShowsTheChart() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let page = harness.home.workDirectory.appendingPathComponent("report.html")
        // VA1OSDPATCH33: 1 completed, 1 failed, 1 pending; CA3OSDWIN01: 2, 1, 0; VA1OSDCLEAN01: 2, 0, 0.
        let result = try report("VA1OSDPATCH33 CA3OSDWIN01 VA1OSDCLEAN01 VA1OSDEDGE01 --format html > \(page.path)", harness: harness)
        XCTAssertEqual(result.status, 1, result.description)
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        for external in ["<script", "<link", "src=", "url(", "@import"] {
            XCTAssertFalse(html.contains(external), "self-contained: found '\(external)'")
        }
        XCTAssertFalse(html.contains("\u{1B}"), "the escape sequences from the API are stripped")
        XCTAssertTrue(html.contains("&quot;Contoso, Ltd.&quot;") || !html.contains("Contoso"), "text is HTML-escaped")

        let chromium = try XCTUnwrap(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                     "Debian's chromium is needed: 'make setup-test' installs it")
        let shot = harness.home.workDirectory.appendingPathComponent("report.png")
        let browser = try runProcess(URL(fileURLWithPath: chromium),
                                     arguments: ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                 "--user-data-dir=" + harness.home.workDirectory.appendingPathComponent("chromium").path,
                                                 "--window-size=1000,900", "--screenshot=" + shot.path, page.absoluteString],
                                     environment: harness.home.environment(adding: ["HOME": harness.home.workDirectory.path]), timeout: 120)
        XCTAssertEqual(browser.status, 0, browser.description)
        if let keep = ProcessInfo.processInfo.environment["PATCHSH_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/png_colours.py").path
        let counted = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", script, shot.path, completed, failed, pending],
                                     environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(counted.status, 0, counted.description)
        let counts = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(counted.stdout.utf8)) as? [String: Int])
        let green = Double(counts[completed] ?? 0), red = Double(counts[failed] ?? 0), amber = Double(counts[pending] ?? 0)
        // Bars on one scale: 8 completed, 3 failed, 2 pending patch-widths (VA1OSDEDGE01 adds 3, 1, 1).
        XCTAssertGreaterThan(amber, 3000, "the pending segments are drawn: \(counts)")
        XCTAssertEqual(green / amber, 8.0 / 2.0, accuracy: 0.4, "completed vs pending area: \(counts)")
        XCTAssertEqual(red / amber, 3.0 / 2.0, accuracy: 0.2, "failed vs pending area: \(counts)")
    }
}
