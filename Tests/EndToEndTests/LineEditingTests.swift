import Foundation
import PatchSim
import TestSupport
import XCTest

/// History, completion, keys and UTF-8 at a real pseudo-terminal, as an operator uses the prompt.
final class LineEditingTests: XCTestCase {
    private func shell(_ harness: PatchshHarness, environment: [String: String] = [:]) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [],
                                          environment: harness.home.environment(adding: environment))
        try prompt(terminal)
        return terminal
    }

    /// Waits for the prompt and for libedit to take the terminal, so typed keys reach the line editor.
    private func prompt(_ terminal: PseudoTerminal) throws {
        try terminal.expect("> ")
        try terminal.waitForLineEditor()
    }

    /// Leaves with Ctrl-D at the next prompt.
    private func quit(_ terminal: PseudoTerminal) throws {
        try prompt(terminal)
        terminal.sendControl("d")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }

    private var historyFile: (PatchshHarness) -> URL = { $0.home.stateHome.appendingPathComponent("patchsh/history") }

    func testHistorySurvivesARestartAndUpRecallsIt() throws {
        let harness = try PatchshHarness()
        let first = try shell(harness)
        first.sendLine("echo remembered-entry")
        try first.expect("remembered-entry\r\n")
        try quit(first)
        let second = try shell(harness)
        second.sendKey(.up)
        try second.expect("echo remembered-entry")
        second.sendKey(.enter)
        try second.expect("remembered-entry\r\n")
        try quit(second)
        let lines = try String(contentsOf: historyFile(harness), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.filter { $0 == "echo remembered-entry" }.count, 1, "no consecutive duplicates: \(lines)")
    }

    func testLinesWithASpaceOrASecretAreNotRecorded() throws {
        let password = "Hist0ry-Pa55word"
        let harness = try PatchshHarness(configuration: SimConfiguration(users: ["ops": password]))
        let terminal = try shell(harness)
        terminal.sendLine("login ops")
        try terminal.expect("Password for ops: ")
        terminal.sendLine(password)
        try terminal.expect("Logged in as ops")
        try prompt(terminal)
        terminal.sendLine(" echo private-line")
        try terminal.expect("private-line\r\n")
        try prompt(terminal)
        let token = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(contentsOf: harness.sessionFile)) as? [String: Any])?["token"] as? String)
        terminal.sendLine("echo \(token)")
        try prompt(terminal)
        terminal.sendLine("login ops mistyped-\(password)")
        try terminal.expect("does not take")
        try prompt(terminal)
        terminal.sendLine("echo public-line")
        try terminal.expect("public-line\r\n")
        try quit(terminal)
        let history = try String(contentsOf: historyFile(harness), encoding: .utf8)
        XCTAssertTrue(history.contains("login ops\n"), history)
        XCTAssertTrue(history.contains("echo public-line\n"), history)
        XCTAssertFalse(history.contains("private-line"), history)
        XCTAssertFalse(history.contains(token), "the token must never reach history")
        XCTAssertEqual(harness.home.filesContaining(password), [], "the password must reach no file")
    }

    func testHistoryCommandListsTheEntries() throws {
        let harness = try PatchshHarness()
        let terminal = try shell(harness)
        terminal.sendLine("echo one")
        try prompt(terminal)
        terminal.sendLine("history")
        try terminal.expect("    1  echo one\r\n    2  history\r\n")
        try quit(terminal)
    }

    func testDamagedHistoryIsSetAsideWithAWarning() throws {
        let harness = try PatchshHarness()
        let file = historyFile(harness)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0x00, 0xFE, 0x0A]).write(to: file)
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
        try terminal.expect("is not UTF-8 text; it was moved to")
        try prompt(terminal)
        terminal.sendLine("echo fresh")
        try terminal.expect("fresh\r\n")
        try quit(terminal)
        let aside = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("history.damaged-") }
        XCTAssertEqual(aside.count, 1)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "#patchsh-history-v1\necho fresh\n")
    }

    func testTwoShellsAtOnceKeepBothHistories() throws {
        let harness = try PatchshHarness()
        let a = try shell(harness)
        let b = try shell(harness)
        for round in 1...5 {
            if round > 1 {
                try prompt(a)
                try prompt(b)
            }
            // 'x'aN prints xaN: output that the echo of the typed line cannot match.
            a.sendLine("echo 'x'a\(round)")
            b.sendLine("echo 'x'b\(round)")
            try a.expect("xa\(round)\r\n")
            try b.expect("xb\(round)\r\n")
        }
        try quit(a)
        try quit(b)
        let lines = try String(contentsOf: historyFile(harness), encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "#patchsh-history-v1")
        XCTAssertEqual(Set(lines.dropFirst()), Set((1...5).flatMap { ["echo 'x'a\($0)", "echo 'x'b\($0)"] }))
    }

    func testTabCompletesCommandsFlagsFormatValuesAndVariables() throws {
        let harness = try PatchshHarness()
        let terminal = try shell(harness)
        terminal.send("execu")
        terminal.sendKey(.tab)
        try terminal.expect("execution   executions")
        terminal.sendControl("u")
        terminal.send("patches --fa")
        terminal.sendKey(.tab)
        try terminal.expect("patches --failed ")
        terminal.sendControl("u")
        terminal.send("executions --format j")
        terminal.sendKey(.tab)
        try terminal.expect("executions --format json ")
        terminal.sendControl("u")
        terminal.sendLine("set target_server VA1OSDPATCH33")
        try prompt(terminal)
        terminal.send("echo $target_s")
        terminal.sendKey(.tab)
        try terminal.expect("echo $target_server ")
        terminal.sendKey(.enter)
        try terminal.expect("VA1OSDPATCH33\r\n")
        try quit(terminal)
    }

    func testTabCompletesExecutionIDsFetchedFromTheEmulator() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        _ = try harness.command("use OSD VA1OSDPATCH33")
        let terminal = try shell(harness)
        terminal.send("execution VA1-13")
        terminal.sendKey(.tab)
        try terminal.expect("VA1-131020  VA1-132457")
        terminal.send("2")
        terminal.sendKey(.tab)
        try terminal.expect("execution VA1-132457 ")
        terminal.sendKey(.enter)
        try terminal.expect("1 completed, 1 failed, 1 pending")
        try quit(terminal)
    }

    func testCtrlCDuringASlowResponseReturnsToThePromptLoggedIn() throws {
        let harness = try PatchshHarness(configuration: SimConfiguration(latency: 4))
        try harness.logIn()
        _ = try harness.command("use OSD VA1OSDPATCH33")
        let terminal = try shell(harness)
        terminal.sendLine("executions")
        try terminal.expect("executions\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.sendControl("c")
        // The emulator would answer after 4 s: a prompt well before that means the request was cancelled.
        try terminal.expect("Interrupted", timeout: 2)
        try terminal.expect("patchsh OSD/VA1OSDPATCH33> ", timeout: 1)
        terminal.sendLine("whoami")
        try terminal.expect("user          demo")
        try quit(terminal)
    }

    func testCtrlCStopsALoopThatNeverWaits() throws {
        let harness = try PatchshHarness()
        let terminal = try shell(harness)
        terminal.sendLine("while true")
        try terminal.expect("..> ")
        terminal.sendLine("end")
        try terminal.expect("end\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.sendControl("c")
        try terminal.expect("error: Interrupted.")
        try prompt(terminal)
        terminal.sendLine("echo 'x'alive")
        try terminal.expect("xalive\r\n")
        try quit(terminal)
    }

    func testNonASCIITextIsTypedEditedAndPrinted() throws {
        let harness = try PatchshHarness()
        let terminal = try shell(harness)
        terminal.send("echo 日本X")
        terminal.sendKey(.left)
        terminal.sendKey(.backspace)
        terminal.sendKey(.enter)
        try terminal.expect("日X\r\n")
        try prompt(terminal)
        terminal.sendLine("echo héllo wörld")
        try terminal.expect("héllo wörld\r\n")
        try quit(terminal)
    }

    func testResizingTheTerminalMidLineKeepsTheLine() throws {
        let harness = try PatchshHarness()
        let terminal = try shell(harness)
        terminal.send("echo before-resize")
        try terminal.expect("echo before-resize")
        terminal.resize(columns: 40, rows: 12)
        terminal.send(" after-resize")
        terminal.sendKey(.enter)
        try terminal.expect("before-resize after-resize\r\n")
        terminal.resize(columns: 120, rows: 40)
        try prompt(terminal)
        terminal.sendLine("echo wide-again")
        try terminal.expect("echo wide-again\r\nwide-again\r\n")
        try quit(terminal)
    }

    func testEditrcIsHonoured() throws {
        let harness = try PatchshHarness()
        try "patchsh:bind -s ^X \"echo from-editrc\"\n".write(to: harness.home.home.appendingPathComponent(".editrc"),
                                                            atomically: true, encoding: .utf8)
        let terminal = try shell(harness)
        terminal.sendControl("x")
        terminal.sendKey(.enter)
        try terminal.expect("from-editrc\r\n")
        try quit(terminal)
    }

    func testPromptIsColouredUnlessNoColor() throws {
        let harness = try PatchshHarness()
        _ = try harness.command("use OSD VA1OSDPATCH33")
        let coloured = try shell(harness)
        XCTAssertTrue(coloured.output.contains("\u{1B}[1;36mOSD/VA1OSDPATCH33\u{1B}[0m"), coloured.output)
        coloured.sendLine("")
        try quit(coloured)
        let plain = try shell(harness, environment: ["NO_COLOR": "1"])
        XCTAssertTrue(plain.output.contains("patchsh OSD/VA1OSDPATCH33> "))
        XCTAssertFalse(plain.output.contains("\u{1B}[1;36m"))
        plain.sendLine("")
        try quit(plain)
    }
}
