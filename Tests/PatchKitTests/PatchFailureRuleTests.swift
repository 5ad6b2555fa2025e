@testable import PatchKit
import XCTest

/// patchsh's failure rule (README §6): failed when the status says so or the result code is 4 or 5.
final class PatchFailureRuleTests: XCTestCase {
    private func patch(_ status: PatchStatus, _ endMessage: String?) -> Patch {
        Patch(beginMessage: "Installing Update for Windows Server 2012 R2 (KB3084905)", endMessage: endMessage,
              status: status, startTime: nil, endTime: nil)
    }

    func testFailedStatusIsFailedWhateverTheCode() {
        XCTAssertTrue(patch(.failed, nil).isFailed)
        XCTAssertTrue(patch(.failed, "Result Code: 4").isFailed)
        XCTAssertTrue(patch(.failed, "Result Code: 2").isFailed)
    }

    func testCodeFourOrFiveIsFailedWhateverTheStatus() {
        XCTAssertTrue(patch(.completed, "Result Code: 4").isFailed)
        XCTAssertTrue(patch(.completed, "Result Code: 5").isFailed)
        XCTAssertTrue(patch(.pending, "Result Code: 5").isFailed)
        XCTAssertTrue(patch(.other("Weird"), "Result Code: 4").isFailed)
    }

    func testCodeThreeIsAWarningNotAFailure() {
        let warned = patch(.completed, "Result Code: 3")
        XCTAssertFalse(warned.isFailed)
        XCTAssertTrue(warned.hasWarning)
        XCTAssertEqual(warned.effectiveStatus, .completed)
        XCTAssertFalse(warned.statusDisagreesWithResult)
    }

    func testSucceededAndUnfinishedPatchesAreNotFailed() {
        XCTAssertFalse(patch(.completed, "Result Code: 2").isFailed)
        XCTAssertFalse(patch(.pending, nil).isFailed)
        XCTAssertFalse(patch(.running, "Result Code: 1").isFailed)
        XCTAssertFalse(patch(.completed, "Result Code: 9").isFailed)
        XCTAssertFalse(patch(.completed, "Result Code: 2").hasWarning)
    }

    func testCompletedWithCodeFourDisagreesAndCountsAsFailed() {
        let disagreeing = patch(.completed, "Result Code: 4")
        XCTAssertTrue(disagreeing.statusDisagreesWithResult)
        XCTAssertEqual(disagreeing.effectiveStatus, .failed)
        XCTAssertTrue(patch(.completed, "Result Code: 5").statusDisagreesWithResult)
        XCTAssertTrue(patch(.failed, "Result Code: 2").statusDisagreesWithResult)
        XCTAssertFalse(patch(.failed, "Result Code: 4").statusDisagreesWithResult)
        XCTAssertFalse(patch(.completed, nil).statusDisagreesWithResult)
    }

    func testFailedPatchesOfADetailFollowTheRule() {
        let patches = [patch(.completed, "Result Code: 2"), patch(.completed, "Result Code: 4"),
                       patch(.completed, "Result Code: 3"), patch(.failed, nil)]
        let detail = ExecutionDetail(id: "VA1-1", status: .completed, startTime: nil, endTime: nil, duration: nil,
                                     beginMessage: nil, endMessage: nil, patches: patches, patchCount: 4, hasPatchDetails: true)
        XCTAssertEqual(detail.failedPatches, [patches[1], patches[3]])
    }
}
