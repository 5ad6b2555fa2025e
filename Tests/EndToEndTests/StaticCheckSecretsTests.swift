import Foundation
import TestSupport
import XCTest

/// The checks that run before a script must never quote a password that a script read from standard input carries.
final class StaticCheckSecretsTests: XCTestCase {
    func testAPasswordLineAfterLoginPasswordStdinIsNeverQuotedInAnError() throws {
        let harness = try PatchshHarness()
        let result = try harness.run([], stdin: "login demo --password-stdin\nSecret-Pa55\necho never\n")
        XCTAssertEqual(result.status, 2, result.description)
        XCTAssertFalse(result.stderr.contains("Secret-Pa55"), result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("<stdin>:1:1: error: --password-stdin cannot be used"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }
}
