import Foundation
import PatchSim
import TestSupport
import XCTest

/// The shell at a real pseudo-terminal, as a person would use it.
final class InteractiveTests: XCTestCase {
    private let password = "Typed-Pa55word"

    private func startShell(_ harness: PatchshHarness) throws -> PseudoTerminal {
        try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
    }

    func testLoginUseExecutionFailedPatchesThenCtrlD() throws {
        let harness = try PatchshHarness(configuration: SimConfiguration(users: ["ops": password]))
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        terminal.sendLine("login ops")
        try terminal.expect("Password for ops: ")
        terminal.sendLine(password)
        try terminal.expect("Logged in as ops (account OSD, VA1)")
        try terminal.expect("patchsh OSD> ")
        terminal.sendLine("use VA1OSDPATCH33")
        try terminal.expect("patchsh OSD/VA1OSDPATCH33> ")
        terminal.sendLine("execution VA1-132457")
        try terminal.expect("1 completed, 1 failed, 1 pending")
        try terminal.expect("patchsh OSD/VA1OSDPATCH33 VA1-132457> ")
        terminal.sendLine("patches --failed")
        let table = try terminal.expect("patchsh OSD/VA1OSDPATCH33 VA1-132457> ")
        XCTAssertTrue(table.contains("KB         STATUS  RESULT       FINISHED             PATCH"), table)
        XCTAssertTrue(table.contains("KB3123245  failed  5 (aborted)  2016-03-14 09:12:48  Update for Windows Server 2012 R2"), table)
        XCTAssertFalse(table.contains("KB3126587"), "only the failed patch is listed")
        terminal.sendControl("d")
        XCTAssertEqual(try terminal.waitForExit(), 0)
        XCTAssertFalse(terminal.output.contains(password), "the password must never be echoed")
        XCTAssertEqual(harness.home.filesContaining(password), [])
    }

    func testCtrlCClearsThePartlyTypedLineAndKeepsTheShell() throws {
        let harness = try PatchshHarness()
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        terminal.send("echo never")
        try terminal.expect("echo never")
        terminal.sendControl("c")
        try terminal.expect("patchsh> ")
        terminal.sendLine("echo after-interrupt")
        try terminal.expect("after-interrupt\r\n")
        terminal.sendLine("exit 4")
        XCTAssertEqual(try terminal.waitForExit(), 4)
        XCTAssertFalse(terminal.screenText.contains("never\r\n"), "the abandoned line must not run")
    }

    func testUnfinishedBlockContinuesOnTheNextLine() throws {
        let harness = try PatchshHarness()
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        terminal.sendLine("for s in a b")
        try terminal.expect("..> ")
        terminal.sendLine("echo \"item $s\"")
        try terminal.expect("..> ")
        terminal.sendLine("end")
        try terminal.expect("item a\r\nitem b\r\n")
        // Wait for the prompt: a Ctrl-D typed while the command still runs meets the cooked tty, which drops it.
        try terminal.expect("patchsh> ")
        terminal.sendControl("d")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }

    func testErrorsAtThePromptDoNotEndTheShell() throws {
        let harness = try PatchshHarness()
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        terminal.sendLine("exectuions")
        try terminal.expect("error: Unknown command 'exectuions'. Did you mean 'executions'?")
        terminal.sendLine("echo still-here")
        try terminal.expect("still-here\r\n")
        try terminal.expect("patchsh> ")
        terminal.sendControl("d")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }
}
