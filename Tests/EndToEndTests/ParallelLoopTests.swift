import Foundation
import PatchSim
import TestSupport
import XCTest

/// `for NAME in WORDS… --jobs N` through the built binary against patchsim's synthetic fleet.
final class ParallelLoopTests: XCTestCase {
    private func fleet(servers: Int = 20, faults: [SimFault] = []) throws -> PatchshHarness {
        var configuration = SimConfiguration()
        configuration.syntheticServers = servers
        configuration.faults = faults
        let harness = try PatchshHarness(configuration: configuration)
        try harness.logIn()
        return harness
    }

    private func loop(over servers: [String], jobs: String?) -> String {
        """
        for s in \(servers.joined(separator: " "))\(jobs.map { " --jobs \($0)" } ?? "")
          use SYN $s > /dev/null
          echo "== $s"
          execution latest --format plain
          patches --format csv
        end
        """
    }

    private let twenty = (1...20).map(SimFleet.syntheticServerID)

    func testParallelLoopPrintsWhatTheSequentialLoopPrintsInTheSameOrder() throws {
        let harness = try fleet()
        let sequential = try harness.run([try harness.writeScript(loop(over: twenty, jobs: nil), named: "seq.patchsh")])
        let parallel = try harness.run([try harness.writeScript(loop(over: twenty, jobs: "5"), named: "par.patchsh")])
        XCTAssertEqual(sequential.status, 0, sequential.description)
        XCTAssertEqual(parallel.status, 0, parallel.description)
        XCTAssertTrue(sequential.stdout.contains("== VA1SYN0020\nSYN-20\tcompleted"), sequential.stdout)
        XCTAssertEqual(parallel.stdout, sequential.stdout)
        XCTAssertEqual(parallel.stderr, "for s --jobs 5: 20 succeeded, 0 failed.\n")
        XCTAssertEqual(sequential.stderr, "")
    }

    func testIterationsDoNotChangeTheSessionOrTheLoopersVariables() throws {
        let harness = try fleet(servers: 3)
        _ = try harness.command("use OSD VA1OSDPATCH33")
        let result = try harness.command("""
            set x before
            for s in VA1SYN0001 VA1SYN0002 VA1SYN0003 --jobs 3
              use SYN $s > /dev/null
              set x $s
              echo "$s $server $x"
            end
            echo "after $alias $server $x"
            """)
        XCTAssertEqual(result.stdout, "VA1SYN0001 VA1SYN0001 VA1SYN0001\nVA1SYN0002 VA1SYN0002 VA1SYN0002\n"
                       + "VA1SYN0003 VA1SYN0003 VA1SYN0003\nafter OSD VA1OSDPATCH33 before\n", result.description)
        let session = try String(contentsOf: harness.sessionFile, encoding: .utf8)
        XCTAssertTrue(session.contains("VA1OSDPATCH33") && !session.contains("VA1SYN"), session)
    }

    func testFirstFailureStopsTheLoopWithItsPositionAndEarlierOutputIsKept() throws {
        let harness = try fleet(servers: 6)
        let script = try harness.writeScript("""
            for s in VA1SYN0001 VA1SYN0002 VA1SYNNOPE VA1SYN0004 VA1SYN0005 VA1SYN0006 --jobs 2
              use SYN $s > /dev/null
              execution latest --fields execution_id --format plain
            end
            echo not reached
            """)
        let result = try harness.run([script])
        XCTAssertEqual(result.status, 4, result.description)
        XCTAssertEqual(result.stdout, "SYN-1\nSYN-2\n")
        XCTAssertEqual(result.stderr, "for s --jobs 2: 2 succeeded, 1 failed, 3 not run (stopped at item 3, 'VA1SYNNOPE').\n"
                       + "\(script):3:3: error: Server 'VA1SYNNOPE' in account 'SYN' was not found "
                       + "(HTTP 404 on GET \(harness.url)/rest/servers/SYN/server/VA1SYNNOPE/patch: "
                       + "Server 'VA1SYNNOPE' was not found in account 'SYN').\n")
    }

    func testOnErrorContinueReportsEveryFailureInOrderAndGoesOn() throws {
        let harness = try fleet(servers: 4)
        let script = try harness.writeScript("""
            on-error continue
            for s in VA1SYN0001 VA1NOPEA VA1SYN0003 VA1NOPEB VA1SYN0004 --jobs 3
              use SYN $s > /dev/null
              execution latest --fields execution_id --format plain
            end
            echo "after, status $?"
            """)
        let result = try harness.run([script])
        XCTAssertEqual(result.status, 4, "the script exits with the first failure's status: \(result.description)")
        XCTAssertEqual(result.stdout, "SYN-1\nSYN-3\nSYN-4\nafter, status 4\n")
        let errors = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(errors.count, 3, result.stderr)
        XCTAssertTrue(errors[0].hasPrefix("\(script):4:3: error: Server 'VA1NOPEA'"), errors[0])
        XCTAssertTrue(errors[1].hasPrefix("\(script):4:3: error: Server 'VA1NOPEB'"), errors[1])
        XCTAssertEqual(errors[2], "for s --jobs 3: 3 succeeded, 2 failed.")
    }

    func testTryCatchesTheStoppingFailure() throws {
        let harness = try fleet(servers: 2)
        let result = try harness.command("""
            try
              for s in VA1SYN0001 VA1NOPE VA1SYN0002 --jobs 3
                use SYN $s > /dev/null
                execution latest > /dev/null
              end
            catch failure
              echo "caught status $failure_status"
            end
            """)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "caught status 4\n")
    }

    func testBadJobsValuesAreSyntaxErrorsBeforeAnythingRuns() throws {
        let harness = try PatchshHarness()
        let cases: [(String, String)] = [
            ("for s in a b --jobs 0\nend", "-c:1:21: error: '--jobs' takes a whole number from 1 to 1000, not '0'"),
            ("for s in a b --jobs many\nend", "-c:1:21: error: '--jobs' takes a whole number from 1 to 1000, not 'many'"),
            ("for s in a b --jobs 1001\nend", "-c:1:21: error: '--jobs' takes a whole number from 1 to 1000, not '1001'"),
            ("for s in a b --jobs\nend", "-c:1:14: error: expected a number of jobs after '--jobs'"),
            ("for s in a --jobs=4\nend", "-c:1:12: error: write '--jobs N' (a space, no '='), not '--jobs=4'"),
            ("for s in --jobs 4 a b\nend", "-c:1:10: error: '--jobs N' goes at the end of the 'for' line, after the items"),
            ("for s in a --jobs 2\n  login demo\nend",
             "-c:2:3: error: 'login' cannot run inside a parallel loop ('for … --jobs N'): it changes the session every "
                + "iteration shares; run it before the loop"),
        ]
        for (source, message) in cases {
            let result = try harness.command("echo ran\n" + source)
            XCTAssertEqual(result.status, 2, source)
            XCTAssertEqual(result.stdout, "", "nothing runs: \(source)")
            XCTAssertEqual(result.stderr, message.replacingOccurrences(of: "-c:1:", with: "-c:2:")
                .replacingOccurrences(of: "-c:2:3:", with: "-c:3:3:") + "\n", source)
        }
        let variable = try harness.command("set n -3\nfor s in a --jobs $n\n  echo $s\nend")
        XCTAssertEqual(variable.status, 2)
        XCTAssertEqual(variable.stderr, "-c:2:19: error: '--jobs' takes a whole number from 1 to 1000, not '-3'.\n")
        let quoted = try harness.command("for s in a '--jobs' 2\n  echo $s\nend")
        XCTAssertEqual(quoted.stdout, "a\n--jobs\n2\n", "a quoted '--jobs' is an item")
    }

    func testRequestsReuseConnections() throws {
        let harness = try fleet(servers: 20)
        let before = harness.simulator.connectionsAdmitted
        let result = try harness.run([try harness.writeScript(loop(over: twenty, jobs: nil))])
        XCTAssertEqual(result.status, 0, result.description)
        // 20 servers × 3 requests (use checks nothing; execution latest and patches fetch) on one connection.
        XCTAssertLessThanOrEqual(harness.simulator.connectionsAdmitted - before, 2, "keep-alive: one connection, not one per request")
        let parallel = try harness.run([try harness.writeScript(loop(over: twenty, jobs: "5"))])
        XCTAssertEqual(parallel.status, 0, parallel.description)
        // 'execution' sends its detail and summary requests at once: at most 2 in flight per job, 5 jobs.
        XCTAssertLessThanOrEqual(harness.simulator.connectionsAdmitted - before, 2 + 10, "at most one connection per request in flight")
    }

    func testCtrlCDuringAFanOutCancelsItAndKeepsTheSession() throws {
        let harness = try fleet(servers: 20, faults: [SimFault(path: "/rest/*", kind: .latency(5))])
        let terminal = try PseudoTerminal(executable: harness.patchsh, arguments: [], environment: harness.home.environment)
        try terminal.expect("patchsh OSD> ")
        try terminal.waitForLineEditor()
        terminal.sendLine("for s in \(twenty.joined(separator: " ")) --jobs 5; use SYN $s; execution latest; end")
        try terminal.expect("--jobs 5; use SYN $s; execution latest; end\r\n")
        Thread.sleep(forTimeInterval: 0.5)
        terminal.sendControl("c")
        // Each answer takes 5 s: the prompt well before that means the outstanding requests were cancelled.
        try terminal.expect("Interrupted", timeout: 3)
        try terminal.expect("patchsh OSD> ", timeout: 2)
        try terminal.waitForLineEditor()
        terminal.sendLine("whoami")
        try terminal.expect("user          demo")
        try terminal.waitForLineEditor()
        terminal.sendControl("d")
        XCTAssertEqual(try terminal.waitForExit(), 0)
        XCTAssertTrue(terminal.screenText.contains("for s --jobs 5: 0 succeeded, 1 failed, 19 not run"), terminal.screenText)
    }
}
