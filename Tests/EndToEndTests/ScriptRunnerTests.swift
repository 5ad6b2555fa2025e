import Foundation
import TestSupport
import XCTest

/// Scripts as files, from standard input and as `#!` executables, and how their errors are reported.
final class ScriptRunnerTests: XCTestCase {
    func testUnterminatedQuoteOnLine3NamesFileLineAndColumnAndRunsNothing() throws {
        let harness = try PatchshHarness()
        let marker = harness.home.workDirectory.appendingPathComponent("ran.txt").path
        let path = try harness.writeScript("echo first > \(marker)\necho second\necho \"never closed\n")
        let result = try harness.run([path])
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertEqual(result.stderr, "\(path):3:6: error: unterminated double quote\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "a script with a syntax error must not run at all")
    }

    func testEverySyntaxErrorIsReported() throws {
        let harness = try PatchshHarness()
        let path = try harness.writeScript("echo ok\nif true\necho a\nend\nfor x\nend\necho 'open\n")
        let result = try harness.run([path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, """
            \(path):5:6: error: expected 'in' after 'for x'
            \(path):7:6: error: unterminated single quote

            """)
    }

    func testScriptArgumentsAndStatusVariables() throws {
        let harness = try PatchshHarness()
        let path = try harness.writeScript("echo \"$# args: $1 and ${2}\"\nfor a in $@\necho \"- $a\"\nend\nfalse\n")
        let result = try harness.run([path, "one", "two words"])
        XCTAssertEqual(result.stdout, "2 args: one and two words\n- one\n- two words\n")
        XCTAssertEqual(result.status, 1, "a failing last command fails the script")
    }

    func testScriptStopsAtTheFirstFailingCommand() throws {
        let harness = try PatchshHarness()
        let path = try harness.writeScript("echo before\nexecutions\necho after\n")
        let result = try harness.run([path])
        XCTAssertEqual(result.stdout, "before\n")
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertTrue(result.stderr.hasPrefix("\(path):2:1: error: No account chosen."), result.stderr)
    }

    func testCommandsOnStandardInputRunAsAScript() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([], stdin: "set who world\necho \"hello $who\"\nexit 7\necho unreachable\n")
        XCTAssertEqual(result.stdout, "hello world\n")
        XCTAssertEqual(result.status, 7)
        XCTAssertFalse(result.stdout.contains("patchsh>"), "no prompt when standard input is not a terminal")
    }

    func testPasswordStdinIsRefusedWhenTheScriptIsStandardInput() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([], stdin: "login demo --password-stdin\ndemo\n")
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertTrue(result.stderr.contains("--password-stdin cannot be used while the script itself is read from standard input"))
    }

    func testShebangScriptRunsWithPatchshOnThePath() throws {
        let harness = try PatchshHarness()
        let path = try harness.writeScript("#!/usr/bin/env patchsh\necho \"from $0 with $1\"\n", named: "hello")
        chmod(path, 0o755)
        let bin = harness.patchsh.deletingLastPathComponent().path
        let result = try runProcess(URL(fileURLWithPath: path), arguments: ["arg"],
                                    environment: harness.home.environment(adding: ["PATH": bin + ":/usr/bin:/bin"]))
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertEqual(result.stdout, "from \(path) with arg\n")
    }

    func testBOMAndCRLFAndNoFinalNewlineRunLikeCleanSource() throws {
        let harness = try PatchshHarness()
        let clean = try harness.run([try harness.writeScript("set a 1\necho \"a=$a\"\necho done\n", named: "clean")])
        let messy = try harness.run([try harness.writeScript("\u{FEFF}set a 1\r\necho \"a=$a\"\r\necho done", named: "messy")])
        XCTAssertEqual(clean.stdout, "a=1\ndone\n")
        XCTAssertEqual(messy.stdout, clean.stdout)
        XCTAssertEqual(messy.status, 0)
    }

    func testUndefinedVariableIsAnErrorWithItsPosition() throws {
        let harness = try PatchshHarness()
        let result = try harness.command("echo \"x $nope\"")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("-c:1:9: error: The variable 'nope' is not set."), result.stderr)
        XCTAssertEqual(try harness.command("echo ${nope:-fallback}").stdout, "fallback\n")
    }

    func testRedirectionWritesAndAppends() throws {
        let harness = try PatchshHarness()
        let file = harness.home.workDirectory.appendingPathComponent("out.txt").path
        _ = try harness.command("echo one > \(file); echo two >> \(file)")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "one\ntwo\n")
    }

    func testSubstitutionCapturesOutput() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let result = try harness.command("""
            use OSD VA1OSDPATCH33 > /dev/null
            execution VA1-132457 > /dev/null
            set failed $(patches --failed --format plain)
            if "$failed" != ""
              echo "FAILED: $failed"
            end
            """)
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.hasPrefix("FAILED: KB3123245\tfailed\t5 (aborted)"), result.stdout)
    }

    func testMissingScriptFileIsAUsageError() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["/nonexistent/x.patchsh"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "patchsh: Cannot run '/nonexistent/x.patchsh': no such file.\n")
    }
}
