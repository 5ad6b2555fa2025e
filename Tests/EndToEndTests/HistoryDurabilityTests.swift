import Foundation
import Glibc
import TestSupport
import XCTest

/// The history file is never corrupt or partial, whatever moment patchsh is killed at.
final class HistoryDurabilityTests: XCTestCase {
    func testSIGKILLWhileRecordingHistoryNeverLeavesACorruptFile() throws {
        let harness = try PatchshHarness()
        let file = harness.home.stateHome.appendingPathComponent("patchsh/history")
        var generator = SystemRandomNumberGenerator()
        var sizes: Set<Int> = []
        for round in 0..<25 {
            let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
            try terminal.expect("> ")
            try terminal.waitForLineEditor()
            // Type ahead a burst of entries; each one rewrites the history file when it is read.
            terminal.send((0..<60).map { "echo round-\(round)-entry-\($0)\r" }.joined())
            usleep(UInt32.random(in: 2_000...120_000, using: &generator))
            kill(terminal.pid, SIGKILL)
            _ = try? terminal.waitForExit()
            terminal.terminate()
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.first, "#patchsh-history-v1", "round \(round): \(text.prefix(200))")
            XCTAssertEqual(lines.last, "", "round \(round): the file must end with a whole line")
            XCTAssertTrue(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("echo round-") && $0.contains("-entry-") },
                          "round \(round): a partial line: \(text.suffix(200))")
            sizes.insert(lines.count)
        }
        XCTAssertGreaterThan(sizes.count, 1, "the kills landed between different saves")
        // A later shell starts without a warning about the file.
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
        try terminal.expect("> ")
        XCTAssertFalse(terminal.screenText.contains("warning"), terminal.screenText)
        terminal.terminate()
    }
}
