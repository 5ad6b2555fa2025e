import Foundation
import PatchKit
import XCTest

/// RPM names as RHEL/CentOS patch messages carry them.
final class PackageNameTests: XCTestCase {
    func testNameVersionReleaseArchitectureSplit() throws {
        let openssl = try XCTUnwrap(PackageName("openssl-1.0.1e-57.el6.x86_64"))
        XCTAssertEqual([openssl.name, openssl.version, openssl.architecture], ["openssl", "1.0.1e-57.el6", "x86_64"])
        let dashed = try XCTUnwrap(PackageName("python-libs-2.6.6-66.el6_8.i686"))
        XCTAssertEqual([dashed.name, dashed.version, dashed.architecture], ["python-libs", "2.6.6-66.el6_8", "i686"])
    }

    func testWindowsTitlesAndOddTextAreNotPackages() {
        XCTAssertNil(PackageName("Update for Windows Server 2012 R2"))
        XCTAssertNil(PackageName("openssl.x86_64"))
        XCTAssertNil(PackageName("openssl-1.0.1e-57.el6.weird"))
    }

    func testPatchDecodesPackageArticleAndDuration() {
        let start = Date(timeIntervalSince1970: 1_000), end = Date(timeIntervalSince1970: 1_407)
        let windows = Patch(beginMessage: "Installing Update for Windows Server 2012 R2 (KB3123245)", endMessage: "Result Code: 5",
                            status: .failed, startTime: start, endTime: end)
        XCTAssertEqual(windows.articleURL, "https://support.microsoft.com/kb/3123245")
        XCTAssertNil(windows.package)
        XCTAssertEqual(windows.durationSeconds, 407)
        let rhel = Patch(beginMessage: "Installing bash-4.1.2-48.el6.x86_64", endMessage: nil, status: .pending, startTime: start, endTime: nil)
        XCTAssertEqual(rhel.reference, "bash")
        XCTAssertNil(rhel.articleURL)
        XCTAssertNil(rhel.durationSeconds)
    }
}
