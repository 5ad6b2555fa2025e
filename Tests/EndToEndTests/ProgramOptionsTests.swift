import Foundation
import TestSupport
import XCTest

/// The command line of patchsh itself.
final class ProgramOptionsTests: XCTestCase {
    func testHelpDescribesUsageAndExitStatuses() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("patchsh [OPTIONS] FILE [ARGS…]"))
        XCTAssertTrue(result.stdout.contains("0 success, 1 a command failed, 2 usage or syntax error, 3 authentication"))
    }

    func testVersionFlagAndCommandAgree() throws {
        let harness = try PatchshHarness()
        let flag = try harness.run(["--version"])
        XCTAssertEqual(flag.stdout, try harness.command("version").stdout)
        XCTAssertTrue(flag.stdout.hasPrefix("patchsh "))
    }

    func testUnknownOptionSuggestsTheNearOne() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["--dmeo"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "patchsh: Unknown option '--dmeo'. Did you mean '--demo'? Try 'patchsh --help'.\n")
    }

    func testEndpointFlagsOverrideTheEnvironment() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["--api-url", "https://api.example.test/", "-c", "endpoint"])
        XCTAssertEqual(result.stdout, "api       https://api.example.test\npatching  \(harness.url)\n")
    }

    func testDefaultEndpointsAreTheRealPlatform() throws {
        let harness = try PatchshHarness()
        let result = try harness.run(["-c", "endpoint"], environment: ["PATCHSH_API_URL": "", "PATCHSH_PATCHING_URL": ""])
        XCTAssertEqual(result.stdout, "api       https://api.ctl.io\npatching  https://patching.useast.appfog.ctl.io\n")
    }

    func testHelpOfACommandEqualsItsHelpFlag() throws {
        let harness = try PatchshHarness()
        let help = try harness.command("help patches")
        XCTAssertEqual(help.stdout, try harness.command("patches --help").stdout)
        XCTAssertTrue(help.stdout.hasPrefix("patches — list the patches of the current execution\n\nUsage: patches [--failed]"), help.stdout)
    }
}
