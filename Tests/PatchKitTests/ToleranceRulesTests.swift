import Foundation
@testable import PatchKit
import XCTest

/// One test per tolerance rule of shared/api/README.md §6.
final class ToleranceRulesTests: XCTestCase {
    private func detail(_ json: String) throws -> ExecutionDetail {
        try WireTestSupport.decode(WireDetail.self, json).value
    }

    private func summaries(_ json: String) throws -> [ExecutionSummary] {
        try WireTestSupport.decode([WireSummary].self, json).map(\.value)
    }

    // Rule 1.
    func testKeysMatchCaseInsensitively() throws {
        for key in ["execution_id", "Execution_id", "EXECUTION_ID", "eXeCuTiOn_Id"] {
            let decoded = try detail(#"{"\#(key)": "VA1-1", "STATUS": "failed", "Patches": []}"#)
            XCTAssertEqual(decoded.id, "VA1-1", key)
            XCTAssertEqual(decoded.status, .failed, key)
        }
        let patched = try detail("""
            {"Execution_id": "VA1-1", "Patches": [{"Patch_begin_message": "Installing X (KB1)",
             "PATCH_END_MESSAGE": "Result Code: 2", "Status": "COMPLETED", "Start_Time": "2016-04-05 04:14:10"}]}
            """)
        XCTAssertEqual(patched.patches.first?.kb, "KB1")
        XCTAssertEqual(patched.patches.first?.result, .succeeded)
        XCTAssertEqual(patched.patches.first?.startTime, WireTestSupport.utc(2016, 4, 5, 4, 14, 10))
        let summary = try summaries("""
            [{"EXECUTION_ID": "VA1-2", "Init_Messages": [{"INIT_BEGIN_MESSAGE": "Invoking SUS API",
              "Init_End_Message": "There are 3 updates to install"}]}]
            """)
        XCTAssertEqual(summary.first?.initiations.first?.beginMessage, "Invoking SUS API")
        XCTAssertEqual(summary.first?.updateCount, 3)
        let login = try WireTestSupport.decode(WireLogin.self, #"{"ACCOUNTALIAS": "OSD", "BearerToken": "t", "USERNAME": "u"}"#).value
        XCTAssertEqual(login.accountAlias, "OSD")
        XCTAssertEqual(login.bearerToken, "t")
        XCTAssertEqual(login.userName, "u")
    }

    // Rule 2.
    func testMisspeltInitEndMesasgeIsAccepted() throws {
        let list = try summaries("""
            [{"execution_id": "VA1-1", "init_messages": [
              {"init_begin_message": "Invoking yum check-update", "init_end_mesasge": "There are 2 updates to install"},
              {"init_begin_message": "Invoking SUS API", "init_end_message": "There are 5 updates to install"}]}]
            """)
        XCTAssertEqual(list[0].initiations.map(\.endMessage),
                       ["There are 2 updates to install", "There are 5 updates to install"])
        XCTAssertEqual(list[0].updateCount, 7)
    }

    // Rule 3.
    func testPatchesAsNumberGivesCountWithoutDetails() throws {
        let counted = try detail(#"{"execution_id": "VA1-1", "patches": 7}"#)
        XCTAssertEqual(counted.patchCount, 7)
        XCTAssertFalse(counted.hasPatchDetails)
        XCTAssertEqual(counted.patches, [])
        XCTAssertEqual(counted.failedPatches, [])

        let asText = try detail(#"{"execution_id": "VA1-1", "patches": "4"}"#)
        XCTAssertEqual(asText.patchCount, 4)
        XCTAssertFalse(asText.hasPatchDetails)
    }

    func testPatchesAsArrayGivesDetailsAndTheirCount() throws {
        let listed = try detail(#"{"execution_id": "VA1-1", "patches": [{"status": "completed"}, {"status": "failed"}]}"#)
        XCTAssertEqual(listed.patchCount, 2)
        XCTAssertTrue(listed.hasPatchDetails)
        XCTAssertEqual(listed.patches.map(\.status), [.completed, .failed])

        let empty = try detail(#"{"execution_id": "VA1-1", "patches": []}"#)
        XCTAssertEqual(empty.patchCount, 0)
        XCTAssertTrue(empty.hasPatchDetails)
    }

    // Rule 4.
    func testTimesInEveryDocumentedForm() throws {
        let expected = WireTestSupport.utc(2016, 4, 5, 4, 14, 10)
        XCTAssertEqual(WireTime.parse("2016-04-05T04:14:10Z"), expected)
        XCTAssertEqual(WireTime.parse("2016-04-05 04:14:10"), expected, "space-separated is UTC")
        XCTAssertEqual(WireTime.parse("2016-04-05T06:14:10+02:00"), expected)
        XCTAssertEqual(WireTime.parse("2016-04-04T23:14:10-05:00"), expected)
        let fractional = try XCTUnwrap(WireTime.parse("2016-04-05T04:14:10.250Z"))
        XCTAssertEqual(fractional.timeIntervalSince(expected), 0.25, accuracy: 0.000_001)
        let fractionalOffset = try XCTUnwrap(WireTime.parse("2016-04-05T06:14:10.5+02:00"))
        XCTAssertEqual(fractionalOffset.timeIntervalSince(expected), 0.5, accuracy: 0.000_001)
        XCTAssertNil(WireTime.parse(""))
        XCTAssertNil(WireTime.parse(nil))

        // The same forms through the decoder, with empty string and null meaning "not yet known".
        let forms: [(String, Date?)] = [
            (#""2016-04-05T04:14:10Z""#, expected),
            (#""2016-04-05T04:14:10.000Z""#, expected),
            (#""2016-04-05T06:14:10+02:00""#, expected),
            (#""2016-04-05 04:14:10""#, expected),
            (#""""#, nil),
            ("null", nil),
        ]
        for (wire, date) in forms {
            let decoded = try detail(#"{"execution_id": "VA1-1", "start_time": \#(wire), "end_time": \#(wire)}"#)
            XCTAssertEqual(decoded.startTime, date, wire)
            XCTAssertEqual(decoded.endTime, date, wire)
        }
    }

    func testUnreadableTimeIsAbsentRatherThanAnError() throws {
        XCTAssertNil(WireTime.parse("yesterday"))
        XCTAssertNil(WireTime.parse("2016-04-05T04:14:10+2"))
        XCTAssertNil(WireTime.parse("2016-13-05T04:14:10Z"))
        let decoded = try detail(#"{"execution_id": "VA1-1", "start_time": "soon"}"#)
        XCTAssertNil(decoded.startTime)
    }

    // Rule 5.
    func testStatusesMatchInAnyCase() {
        for (wire, status) in [("pending", PatchStatus.pending), ("RUNNING", .running), ("Completed", .completed),
                               ("COMPLETED", .completed), ("failed", .failed), ("FAILED", .failed)] {
            XCTAssertEqual(PatchStatus(wire: wire), status, wire)
        }
    }

    func testUnknownStatusIsKeptAsItCame() throws {
        XCTAssertEqual(PatchStatus(wire: "Paused"), .other("Paused"))
        XCTAssertEqual(PatchStatus(wire: "Paused").description, "Paused")
        XCTAssertFalse(PatchStatus(wire: "Paused").isUnfinished)
        let decoded = try detail(#"{"execution_id": "VA1-1", "status": "Rebooting", "patches": [{"status": "SKIPPED"}]}"#)
        XCTAssertEqual(decoded.status, .other("Rebooting"))
        XCTAssertEqual(decoded.patches.first?.status, .other("SKIPPED"))
        XCTAssertEqual(decoded.patches.first?.isFailed, false)
    }

    // Rule 6.
    func testUnknownFieldsAndMissingOptionalFieldsAreTolerated() throws {
        let extra = try detail("""
            {"execution_id": "VA1-1", "status": "completed", "colour": "blue", "nested": {"a": [1, 2]},
             "patches": [{"patch_begin_message": "Installing X (KB9)", "surprise": true}]}
            """)
        XCTAssertEqual(extra.id, "VA1-1")
        XCTAssertEqual(extra.patches.first?.kb, "KB9")

        let bare = try detail(#"{"execution_id": "VA1-1"}"#)
        XCTAssertNil(bare.startTime)
        XCTAssertNil(bare.endTime)
        XCTAssertNil(bare.duration)
        XCTAssertNil(bare.beginMessage)
        XCTAssertNil(bare.endMessage)
        XCTAssertNil(bare.durationSeconds)
        XCTAssertEqual(bare.patchCount, 0)
        XCTAssertFalse(bare.hasPatchDetails)

        let nullPatches = try detail(#"{"execution_id": "VA1-1", "patches": null, "duration": null}"#)
        XCTAssertEqual(nullPatches.patchCount, 0)
        XCTAssertNil(nullPatches.duration)

        let emptyPatch = try detail(#"{"execution_id": "VA1-1", "patches": [{}]}"#)
        XCTAssertEqual(emptyPatch.patches.first?.beginMessage, "")
        XCTAssertNil(emptyPatch.patches.first?.endMessage)

        let summary = try summaries(#"[{"execution_id": "VA1-1", "extra": 1}, {"execution_id": "VA1-2", "init_messages": null}]"#)
        XCTAssertEqual(summary.map(\.initiations), [[], []])

        let login = try WireTestSupport.decode(WireLogin.self, #"{"accountAlias": "OSD", "bearerToken": "t"}"#).value
        XCTAssertNil(login.locationAlias)
        XCTAssertEqual(login.roles, [])
    }

    // Rule 7 (decoder level; the client's mapping to PatchError is below and in the end-to-end tests).
    func testBodyThatIsNotJSONOrWrongShapeIsAClearError() {
        func problem<T: Decodable>(_ type: T.Type, _ body: String) -> String? {
            do {
                _ = try WireTestSupport.decode(type, body)
                return nil
            } catch let error as DecodingError {
                return DecodingProblem.describe(error)
            } catch {
                return "not a DecodingError: \(error)"
            }
        }
        XCTAssertEqual(problem(WireDetail.self, "<html>Service Unavailable</html>"), "the body is not valid JSON")
        XCTAssertEqual(problem([WireSummary].self, "{\"execution_id\": \"VA1-1\""), "the body is not valid JSON")
        XCTAssertEqual(problem(WireDetail.self, #"{"status": "completed"}"#),
                       "the field 'execution_id' is missing in the body")
        XCTAssertEqual(problem([WireSummary].self, #"[{"status": "completed"}]"#),
                       "the field 'execution_id' is missing in '[0]'")
        XCTAssertEqual(problem(WireLogin.self, #"{"accountAlias": "OSD"}"#),
                       "the field 'bearertoken' is missing in the body")
        let notAList = problem([WireSummary].self, #"{"execution_id": "VA1-1"}"#)
        XCTAssertTrue(notAList?.hasPrefix("the body is not of the expected shape") == true, notAList ?? "decoded")
        let badPatches = problem(WireDetail.self, #"{"execution_id": "VA1-1", "patches": {"a": 1}}"#)
        XCTAssertEqual(badPatches,
                       "'patches' is not of the expected shape ('patches' is neither a list of patch objects nor a number)")
    }
}
