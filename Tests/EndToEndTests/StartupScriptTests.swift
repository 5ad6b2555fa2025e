import Foundation
import TestSupport
import XCTest

/// `$XDG_CONFIG_HOME/patchsh/patchshrc`: before the prompt by default, before scripts only with `--rc`,
/// never with `--no-rc`; its errors are reported with their position and the shell carries on.
final class StartupScriptTests: XCTestCase {
    private func writeStartupScript(_ text: String, in harness: PatchshHarness) throws -> String {
        let folder = harness.home.configHome.appendingPathComponent("patchsh")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("patchshrc")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func startShell(_ harness: PatchshHarness, _ arguments: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(executable: harness.patchsh, arguments: arguments, environment: harness.home.environment)
    }

    func testStartupScriptRunsBeforeThePromptAndItsVariablesStay() throws {
        let harness = try PatchshHarness()
        _ = try writeStartupScript("set greeting \"from rc\"\nfunction hello\n  echo \"hello $1\"\nend\n", in: harness)
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        terminal.sendLine("echo \"[$greeting]\"; hello you")
        try terminal.expect("[from rc]\r\nhello you\r\n")
        terminal.sendLine("exit 0")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }

    func testAnErrorInTheStartupScriptIsReportedWithItsPositionAndThePromptStillComes() throws {
        let harness = try PatchshHarness()
        let path = try writeStartupScript("echo rc-started\nexectuions\n", in: harness)
        let terminal = try startShell(harness)
        try terminal.expect("\(path):2:1: error: Unknown command 'exectuions'. Did you mean 'executions'?")
        try terminal.expect("patchsh> ")
        terminal.sendLine("echo still-here")
        try terminal.expect("still-here\r\n")
        terminal.sendLine("exit 3")
        XCTAssertEqual(try terminal.waitForExit(), 3)
        XCTAssertFalse(terminal.output.contains("rc-started"), "a start-up script with an error runs nothing")
    }

    func testNoRCSkipsTheStartupScript() throws {
        let harness = try PatchshHarness()
        _ = try writeStartupScript("set greeting hi\n", in: harness)
        let terminal = try startShell(harness, ["--no-rc"])
        try terminal.expect("patchsh> ")
        terminal.sendLine("echo ${greeting:-unset}")
        try terminal.expect("unset\r\n")
        terminal.sendLine("exit")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }

    func testScriptsRunWithoutTheStartupScriptUnlessAskedWithRC() throws {
        let harness = try PatchshHarness()
        _ = try writeStartupScript("set greeting hi\n", in: harness)
        XCTAssertEqual(try harness.command("echo ${greeting:-unset}").stdout, "unset\n")
        let asked = try harness.run(["--rc", "-c", "echo ${greeting:-unset}"])
        XCTAssertEqual(asked.stdout, "hi\n", asked.description)
        XCTAssertEqual(asked.status, 0)
    }

    func testAFailingStartupScriptDoesNotStopAScriptRunWithRC() throws {
        let harness = try PatchshHarness()
        let path = try writeStartupScript("false\n", in: harness)
        let result = try harness.run(["--rc", "-c", "echo ran"])
        XCTAssertEqual(result.stdout, "ran\n")
        XCTAssertEqual(result.stderr, "\(path):1:1: error: 'false' failed.\n")
        XCTAssertEqual(result.status, 0)
    }

    func testCtrlCEndsASleepAtThePrompt() throws {
        let harness = try PatchshHarness()
        let terminal = try startShell(harness)
        try terminal.expect("patchsh> ")
        // Once "sleeping" is printed the line editor has given the terminal back, so Ctrl-C is a signal.
        terminal.sendLine("echo sleeping; sleep 600; echo never")
        try terminal.expect("sleeping\r\n")
        terminal.sendControl("c")
        try terminal.expect("error: Interrupted.")
        try terminal.expect("patchsh> ")
        terminal.sendLine("echo $?")
        try terminal.expect("130\r\n")
        terminal.sendLine("exit")
        XCTAssertFalse(terminal.screenText.contains("never\r\n"))
        _ = try terminal.waitForExit()
    }
}
