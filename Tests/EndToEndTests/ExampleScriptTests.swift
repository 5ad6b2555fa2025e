import Foundation
import PatchSim
import TestSupport
import XCTest

/// Every script in Examples/ runs against the emulator with the output and status it promises.
final class ExampleScriptTests: XCTestCase {
    private let credentials = ["CLC_USER": "demo", "CLC_PASSWORD": "demo"]

    private func example(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/\(name)").path
    }

    func testEveryExampleIsCoveredHere() throws {
        let folder = URL(fileURLWithPath: example(""))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".patchsh") }.sorted()
        XCTAssertEqual(names, ["failed-patches-csv.patchsh", "nightly-check.patchsh", "patch-fleet.patchsh",
                               "wait-for-execution.patchsh"],
                       "a new example needs a test in ExampleScriptTests")
    }

    func testNightlyCheckFailsWhenAnyServerHasAFailedPatch() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("nightly-check.patchsh"), "OSD", "VA1OSDRHEL02", "CA3OSDWIN01"], environment: credentials)
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            OK    VA1OSDRHEL02  VA1-133050
            FAIL  CA3OSDWIN01  CA3-104857
            KB3139929\tfailed\t4 (failed)\t1m 22s\t2016-04-05 04:24:02\tCumulative Security Update for Internet Explorer 11 for Windows Server 2012 R2

            """)
    }

    func testNightlyCheckPassesWhenEveryServerIsCompliant() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("nightly-check.patchsh"), "OSD", "VA1OSDRHEL02"], environment: credentials)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "OK    VA1OSDRHEL02  VA1-133050\n")
    }

    func testNightlyCheckReportsAnOutageAsAnOutageNotAsCompliant() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("nightly-check.patchsh"), "OSD", "VA1OSDNOPE01"], environment: credentials)
        XCTAssertEqual(result.status, 4, result.description)
        XCTAssertTrue(result.stderr.contains("nightly-check.patchsh:15:3: error: Server 'VA1OSDNOPE01'"), result.stderr)
    }

    func testFailedPatchesCSVExportsTheLatestExecutionsFailures() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("failed-patches-csv.patchsh"), "OSD", "VA1OSDPATCH33"], environment: credentials)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "kb,status,result_code,result,end_time,title,article_url\r\n"
            + "KB3123245,failed,5,aborted,2016-03-14T09:12:48Z,Update for Windows Server 2012 R2,https://support.microsoft.com/kb/3123245\r\n")
    }

    func testFailedPatchesCSVTakesAnExplicitExecution() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.run([example("failed-patches-csv.patchsh"), "OSD", "VA1OSDPATCH33", "VA1-131020"])
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "kb,status,result_code,result,end_time,title,article_url\r\n")
    }

    func testWaitForExecutionTimesOutWhileTheExecutionIsStillRunning() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("wait-for-execution.patchsh"), "OSD", "VA1OSDRHEL02", "VA1-133050", "1", "1"],
                                     environment: credentials)
        XCTAssertEqual(result.status, 124, result.description)
        XCTAssertEqual(result.stdout, "TIMEOUT  VA1-133050 on VA1OSDRHEL02 is still running after 1 s\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testWaitForExecutionReportsACompletedExecutionAtOnce() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("wait-for-execution.patchsh"), "OSD", "VA1OSDRHEL02", "VA1-132101", "60"],
                                     environment: credentials)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "DONE  VA1-132101 on VA1OSDRHEL02 finished without failed patches\n")
    }

    func testWaitForExecutionFailsWhenTheFinishedExecutionHasFailedPatches() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("wait-for-execution.patchsh"), "OSD", "VA1OSDPATCH33", "VA1-132457", "60"],
                                     environment: credentials)
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            FAILED  VA1-132457 on VA1OSDPATCH33 finished with failed patches:
            KB3123245\tfailed\t5 (aborted)\t6m 47s\t2016-03-14 09:12:48\tUpdate for Windows Server 2012 R2

            """)
    }

    func testWaitForExecutionExplainsItsArguments() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([example("wait-for-execution.patchsh"), "OSD"], environment: credentials)
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertEqual(result.stdout, "usage: wait-for-execution.patchsh ALIAS SERVER EXECUTION TIMEOUT [INTERVAL]\n")
    }

    private func fleetHarness() throws -> PatchshHarness {
        var configuration = SimConfiguration()
        configuration.executionStepSeconds = 0.05
        configuration.failingUpdates = [SimFailingUpdate(server: "CA3OSDWIN01", update: "KB4012215")]
        return try PatchshHarness(configuration: configuration)
    }

    func testPatchFleetWaitsForEveryServerAndFailsOnAFailedPatch() throws {
        let harness = try fleetHarness()
        let list = try harness.writeScript("VA1OSDPATCH33\n# the knowledge-base example\nCA3OSDWIN01\n", named: "servers.txt")
        let result = try harness.run([example("patch-fleet.patchsh"), "OSD", "windows2012", list, "1m", "0.05"],
                                     environment: credentials)
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertEqual(result.stdout, """
            VA1OSDPATCH33\tqueued\tva1-900001\t-
            CA3OSDWIN01\tqueued\tca3-900002\t-
            VA1OSDPATCH33\tVA1-900001\tcompleted\t3\t0\t0\t-
            CA3OSDWIN01\tCA3-900002\tfailed\t2\t1\t0\tKB4012215

            """)
        XCTAssertTrue(result.stderr.contains("error: Patches failed on 1 of 2 servers: CA3OSDWIN01 CA3-900002: KB4012215."),
                      result.stderr)
    }

    func testPatchFleetStillWaitsForTheOthersWhenAServerIsNotQueuedThenFails() throws {
        let harness = try fleetHarness()
        let list = try harness.writeScript("VA1OSDNOPE01\nVA1OSDCLEAN01\n", named: "servers.txt")
        let result = try harness.run([example("patch-fleet.patchsh"), "OSD", "windows2012", list, "1m", "0.05"],
                                     environment: credentials)
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertTrue(result.stdout.hasSuffix("VA1OSDCLEAN01\tVA1-900001\tcompleted\t3\t0\t0\t-\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("VA1OSDNOPE01\tnot queued"), result.stdout)
    }

    func testPatchFleetSucceedsWhenEveryServerIsPatched() throws {
        let harness = try fleetHarness()
        let list = try harness.writeScript("VA1OSDRHEL01\n", named: "servers.txt")
        let result = try harness.run([example("patch-fleet.patchsh"), "OSD", "rhel", list, "1m", "0.05"], environment: credentials)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "VA1OSDRHEL01\tqueued\tva1-900001\t-\nVA1OSDRHEL01\tVA1-900001\tcompleted\t3\t0\t0\t-\n")
    }
}
