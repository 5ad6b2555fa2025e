@testable import PatchKit
import XCTest

/// The KB number and title taken from `patch_begin_message`.
final class PatchMessageTests: XCTestCase {
    private func patch(_ beginMessage: String) -> Patch {
        Patch(beginMessage: beginMessage, endMessage: nil, status: .completed, startTime: nil, endTime: nil)
    }

    func testKBAndTitleOfAWindowsUpdate() {
        let net = patch("Installing Security Update for Microsoft .NET Framework 4.6 and 4.6.1 for Windows 8.1 and "
                        + "Server 2012 R2 for x64 (KB3135998)")
        XCTAssertEqual(net.kb, "KB3135998")
        XCTAssertEqual(net.title, "Security Update for Microsoft .NET Framework 4.6 and 4.6.1 for Windows 8.1 and "
                       + "Server 2012 R2 for x64")
    }

    func testTheLastKBReferenceWins() {
        let twice = patch("Installing Rollup (KB111) superseding (KB222)")
        XCTAssertEqual(twice.kb, "KB222")
        XCTAssertEqual(twice.title, "Rollup (KB111) superseding")
    }

    func testLowerCaseKBIsRecognised() {
        let lower = patch("installing Update (kb3084905)")
        XCTAssertEqual(lower.kb, "KB3084905")
        XCTAssertEqual(lower.title, "Update")
    }

    func testMessageWithoutKBKeepsItsWholeTitle() {
        let linux = patch("Installing openssl-1.0.1e-48.el6_8.1.x86_64")
        XCTAssertNil(linux.kb)
        XCTAssertEqual(linux.title, "openssl-1.0.1e-48.el6_8.1.x86_64")
        XCTAssertNil(patch("Installing Update (KB)").kb)
        XCTAssertEqual(patch("").title, "")
    }
}
