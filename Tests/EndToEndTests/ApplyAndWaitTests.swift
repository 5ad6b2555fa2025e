import Foundation
import PatchSim
import TestSupport
import XCTest

/// `apply` and `wait` through the built binary against patchsim, whose applied executions advance
/// every `executionStepSeconds` (a fraction of a second here) and fail KB4012215 on CA3OSDWIN01.
final class ApplyAndWaitTests: XCTestCase {
    private func harness(step: TimeInterval = 0.05) throws -> PatchshHarness {
        var configuration = SimConfiguration()
        configuration.executionStepSeconds = step
        configuration.failingUpdates = [SimFailingUpdate(server: "CA3OSDWIN01", update: "KB4012215")]
        let harness = try PatchshHarness(configuration: configuration)
        try harness.logIn()
        return harness
    }

    /// The execution IDs the server's summary lists, newest first.
    private func executions(_ harness: PatchshHarness, _ server: String) throws -> [String] {
        let result = try harness.command("use OSD \(server) > /dev/null; executions --fields execution_id --format plain")
        XCTAssertEqual(result.status, 0, result.description)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func testApplyOnThreeServersThenWaitEndsFailedAndNamesTheFailingKB() throws {
        let harness = try harness()
        let result = try harness.command(
            "use OSD > /dev/null; apply VA1OSDPATCH33 CA3OSDWIN01 VA1OSDCLEAN01 --os windows2012 --yes; wait --interval 0.05")
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            VA1OSDPATCH33\tqueued\tva1-900001\t-
            CA3OSDWIN01\tqueued\tca3-900002\t-
            VA1OSDCLEAN01\tqueued\tva1-900003\t-
            VA1OSDPATCH33\tVA1-900001\tcompleted\t3\t0\t0\t-
            CA3OSDWIN01\tCA3-900002\tfailed\t2\t1\t0\tKB4012215
            VA1OSDCLEAN01\tVA1-900003\tcompleted\t3\t0\t0\t-

            """)
        XCTAssertEqual(result.stderr,
                       "-c:1:92: error: Patches failed on 1 of 3 servers: CA3OSDWIN01 CA3-900002: KB4012215.\n")
        XCTAssertEqual(try executions(harness, "CA3OSDWIN01").first, "CA3-900002")
    }

    func testWaitForAppliedWorkWithoutFailuresSucceedsAsJSON() throws {
        let harness = try harness()
        let result = try harness.command(
            "use OSD VA1OSDRHEL01 > /dev/null; apply --os rhel --yes > /dev/null; wait --applied --interval 0.05 --format json")
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.contains(#""status": "completed""#), result.stdout)
        XCTAssertTrue(result.stdout.contains(#""failed_updates": []"#), result.stdout)
    }

    func testApplyInAScriptRefusesWithoutYesAndQueuesNothing() throws {
        let harness = try harness()
        let script = try harness.writeScript("use OSD VA1OSDPATCH33 > /dev/null\napply --os windows2012\necho not reached\n")
        let result = try harness.run([script])
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasSuffix("test.patchsh:2:1: error: 'apply' changes servers and asks first, but standard "
                                              + "input is not a terminal: add --yes to apply without asking.\n"), result.stderr)
        XCTAssertEqual(try executions(harness, "VA1OSDPATCH33"), ["VA1-132457", "VA1-131020"])
    }

    func testApplyToAnUnknownServerReportsItPerServerAndFails() throws {
        let harness = try harness()
        let result = try harness.command("use OSD > /dev/null; apply VA1OSDNOPE01 VA1OSDPATCH33 --os windows2012 --yes")
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            VA1OSDNOPE01\tnot queued\t-\tThe server 'VA1OSDNOPE01' was not found in account 'OSD'.
            VA1OSDPATCH33\tqueued\tva1-900001\t-

            """)
        XCTAssertTrue(result.stderr.contains("error: 1 of 2 servers was not queued."), result.stderr)
    }

    func testApplyRejectsABadServerIDOrMissingPackageBeforeAnyRequest() throws {
        let harness = try harness()
        let bad = try harness.command("use OSD > /dev/null; apply VA1OSDPATCH33 'no/such' --os rhel --yes")
        XCTAssertEqual(bad.status, 2, bad.description)
        XCTAssertTrue(bad.stderr.contains("'no/such' is not a valid server ID"), bad.stderr)
        let noPackage = try harness.command("use OSD VA1OSDPATCH33 > /dev/null; apply --yes")
        XCTAssertEqual(noPackage.status, 2, noPackage.description)
        XCTAssertTrue(noPackage.stderr.contains("'apply' needs the package: --os windows2012, --os rhel or --package-id ID."))
        XCTAssertEqual(try executions(harness, "VA1OSDPATCH33"), ["VA1-132457", "VA1-131020"])
    }

    func testAnUnknownPackageIDShowsTheAPIsFieldMessage() throws {
        let harness = try harness()
        let result = try harness.command("use OSD VA1OSDPATCH33 > /dev/null; apply --package-id 0000-nope --yes")
        XCTAssertEqual(result.status, 6, result.description)
        XCTAssertTrue(result.stderr.contains("HTTP 400") && result.stderr.contains("The package '0000-nope' does not exist"),
                      result.stderr)
    }

    func testWaitTimeoutOnANeverFinishingExecutionExits124WithItsStatus() throws {
        let harness = try harness()
        let result = try harness.command("use OSD VA1OSDRHEL02 > /dev/null; wait VA1-133050 --timeout 0.3 --interval 0.1")
        XCTAssertEqual(result.status, 124, result.description)
        XCTAssertEqual(result.stdout, "VA1OSDRHEL02\tVA1-133050\trunning\t2\t0\t2\t-\n")
        XCTAssertTrue(result.stderr.hasSuffix("error: Timed out after 0.3 s: VA1-133050 on VA1OSDRHEL02 is running.\n"),
                      result.stderr)
        XCTAssertFalse(result.stderr.contains("waiting for"), "no progress line when standard error is a pipe")
    }

    func testTheProgressLineIsDrawnOnATerminalAndErased() throws {
        let harness = try harness()
        harness.home.setEnvironmentVariable("NO_COLOR", to: "1")
        let terminal = try PseudoTerminal(
            executable: harness.patchsh,
            arguments: ["-c", "use OSD VA1OSDRHEL02 > /dev/null; wait VA1-133050 --timeout 0.3 --interval 0.1"],
            environment: harness.home.environment)
        XCTAssertEqual(try terminal.waitForExit(), 124)
        XCTAssertTrue(terminal.output.contains("\rwaiting for VA1-133050: 2 done, 0 failed, 2 pending, 0s"), terminal.output)
        XCTAssertTrue(terminal.output.contains("\r\u{1B}[K"), "the line is erased before the result")
        XCTAssertTrue(terminal.screenText.contains("VA1-133050"), terminal.screenText)
    }

    private func confirmAtTerminal(answer: String, harness: PatchshHarness) throws -> (Int32, PseudoTerminal) {
        let terminal = try PseudoTerminal(
            executable: harness.patchsh,
            arguments: ["-c", "use OSD > /dev/null; apply VA1OSDPATCH33 CA3OSDWIN01 --os windows2012"],
            environment: harness.home.environment)
        try terminal.expect("Apply patches to 2 servers in OSD (VA1OSDPATCH33, CA3OSDWIN01)? [y/N] ")
        terminal.sendLine(answer)
        return (try terminal.waitForExit(), terminal)
    }

    func testAtATerminalAnsweringNoQueuesNothing() throws {
        let harness = try harness()
        let (status, terminal) = try confirmAtTerminal(answer: "n", harness: harness)
        XCTAssertEqual(status, 1, terminal.output)
        XCTAssertTrue(terminal.output.contains("error: Nothing was queued."), terminal.output)
        XCTAssertEqual(try executions(harness, "VA1OSDPATCH33"), ["VA1-132457", "VA1-131020"])
    }

    func testAtATerminalAnsweringYesQueues() throws {
        let harness = try harness()
        let (status, terminal) = try confirmAtTerminal(answer: "y", harness: harness)
        XCTAssertEqual(status, 0, terminal.output)
        XCTAssertTrue(terminal.screenText.contains("queued"), terminal.screenText)
        XCTAssertEqual(try executions(harness, "VA1OSDPATCH33").first, "VA1-900001")
    }

    func testCtrlCAtThePromptStopsTheWaitAndKeepsTheSession() throws {
        let harness = try harness()
        harness.home.setEnvironmentVariable("NO_COLOR", to: "1")
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
        try terminal.expect("patchsh OSD> ")
        try terminal.waitForLineEditor()
        terminal.sendLine("use OSD VA1OSDRHEL02")
        try terminal.expect("patchsh OSD/VA1OSDRHEL02> ")
        try terminal.waitForLineEditor()
        terminal.sendLine("wait VA1-133050 --interval 0.1")
        try terminal.expect("waiting for VA1-133050")
        terminal.sendControl("c")
        try terminal.expect("Interrupted: stopped waiting (the patching itself goes on).")
        try terminal.expect("patchsh OSD/VA1OSDRHEL02> ")
        try terminal.waitForLineEditor()
        terminal.sendLine("echo status $?")
        try terminal.expect("status 130")
        terminal.sendLine("exit 0")
        XCTAssertEqual(try terminal.waitForExit(), 0)
    }
}
