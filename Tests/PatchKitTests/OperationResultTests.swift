@testable import PatchKit
import XCTest

/// Reading Windows Update's OperationResultCode from `patch_end_message`.
final class OperationResultTests: XCTestCase {
    func testDocumentedFormParses() {
        XCTAssertEqual(OperationResult(message: "Result Code: 4"), .failed)
        XCTAssertEqual(OperationResult(message: "Result Code: 2"), .succeeded)
    }

    func testAnyCaseAndSpacingParses() {
        XCTAssertEqual(OperationResult(message: "result code:5"), .aborted)
        XCTAssertEqual(OperationResult(message: "RESULT CODE:   3"), .succeededWithErrors)
        XCTAssertEqual(OperationResult(message: "Installed. Result Code: 0 (done)"), .notStarted)
    }

    func testMessageWithoutACodeGivesNil() {
        XCTAssertNil(OperationResult(message: ""))
        XCTAssertNil(OperationResult(message: "Updating Complete"))
        XCTAssertNil(OperationResult(message: "Result Code: none"))
    }

    func testUnknownCodeIsKept() {
        let result = OperationResult(message: "Result Code: 9")
        XCTAssertEqual(result, .unknown(9))
        XCTAssertEqual(result?.code, 9)
        XCTAssertEqual(result?.description, "9 (unknown code)")
    }

    func testEveryCodeRoundTripsWithItsMeaning() {
        let meanings = ["not started", "in progress", "succeeded", "succeeded with errors", "failed", "aborted"]
        for (code, meaning) in meanings.enumerated() {
            XCTAssertEqual(OperationResult(code: code).code, code)
            XCTAssertEqual(OperationResult(code: code).meaning, meaning)
        }
        XCTAssertEqual(OperationResult.aborted.description, "5 (aborted)")
    }
}
