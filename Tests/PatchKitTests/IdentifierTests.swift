@testable import PatchKit
import XCTest

/// Account aliases, server IDs and execution IDs: what they accept, what they refuse, how they are kept.
final class IdentifierTests: XCTestCase {
    private func refusal<T>(_ make: @autoclosure () throws(PatchError) -> T) -> PatchError? {
        do {
            _ = try make()
            return nil
        } catch {
            return error
        }
    }

    func testAcceptedIdentifiersAreUppercased() throws {
        XCTAssertEqual(try AccountAlias("osd").value, "OSD")
        XCTAssertEqual(try ServerID("va1osdpatch33").value, "VA1OSDPATCH33")
        XCTAssertEqual(try ServerID("Wa1AliasServ0101").description, "WA1ALIASSERV0101")
        XCTAssertEqual(try ExecutionID("va1-132457").value, "VA1-132457")
    }

    func testEqualIdentifiersInAnotherCaseAreEqual() throws {
        XCTAssertEqual(try ServerID("va1osdpatch33"), try ServerID("VA1OSDPATCH33"))
        XCTAssertEqual(try ExecutionID("Va1-132457"), try ExecutionID("VA1-132457"))
    }

    func testPathLikeAndEmptyInputIsRefused() {
        for raw in ["../x", "a/b", "", "..", ".", "a b", "a%2Fb", "a?b", "a#b", "é1", "-VA1"] {
            XCTAssertNotNil(refusal(try ServerID(raw)), "server ID '\(raw)'")
            XCTAssertNotNil(refusal(try ExecutionID(raw)), "execution ID '\(raw)'")
            XCTAssertNotNil(refusal(try AccountAlias(raw)), "alias '\(raw)'")
        }
    }

    func testAliasRefusesDashesButIDsAllowThem() {
        XCTAssertNotNil(refusal(try AccountAlias("OS-D")))
        XCTAssertNil(refusal(try ServerID("VA1-OSD-01")))
        XCTAssertNil(refusal(try ExecutionID("VA1-132457")))
    }

    func testTooLongIdentifiersAreRefused() {
        XCTAssertNil(refusal(try AccountAlias(String(repeating: "A", count: 10))))
        XCTAssertNotNil(refusal(try AccountAlias(String(repeating: "A", count: 11))))
        XCTAssertNil(refusal(try ServerID(String(repeating: "A", count: 64))))
        XCTAssertNotNil(refusal(try ServerID(String(repeating: "A", count: 65))))
        XCTAssertNotNil(refusal(try ExecutionID(String(repeating: "1", count: 65))))
    }

    func testRefusalQuotesTheInputAndSaysWhatIsExpected() {
        let error = refusal(try ServerID("../x"))
        XCTAssertEqual(error, .invalidIdentifier(kind: "server ID", value: "../x",
                                                 expected: "letters and digits, e.g. VA1OSDPATCH33"))
        XCTAssertEqual(error?.description,
                       "'../x' is not a valid server ID (expected letters and digits, e.g. VA1OSDPATCH33).")
        XCTAssertEqual(refusal(try ExecutionID("a/b"))?.description,
                       "'a/b' is not a valid execution ID (expected like VA1-132457).")
        XCTAssertEqual(refusal(try AccountAlias(""))?.description,
                       "'' is not a valid account alias (expected letters and digits, e.g. OSD).")
    }
}
