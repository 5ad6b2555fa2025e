import Foundation
@testable import PatchKit
import XCTest

/// Decoding Execute Package's answer and the operation status tolerantly (api/README.md §4 and §6).
final class OperationWireTests: XCTestCase {
    func testQueuedAndRefusedServersDecodeWithTheirStatusIDOrMessage() throws {
        let answers = try WireTestSupport.decode([WireQueuedServer].self, """
            [{"server": "VA1OSDPATCH33", "isQueued": true,
              "links": [{"rel": "status", "href": "/v2/operations/OSD/status/va1-12345", "id": "va1-12345"}]},
             {"server": "VA1OSDNOPE01", "isQueued": false, "errorMessage": "The server was not found."}]
            """).map(\.value)
        XCTAssertEqual(answers, [
            QueuedPatching(server: "VA1OSDPATCH33", isQueued: true, statusID: "va1-12345", errorMessage: nil),
            QueuedPatching(server: "VA1OSDNOPE01", isQueued: false, statusID: nil, errorMessage: "The server was not found."),
        ])
    }

    func testKeysInAnyCaseBooleansAsTextAndAStatusIDOnlyInTheHref() throws {
        let answer = try WireTestSupport.decode(WireQueuedServer.self, """
            {"SERVER": "VA1OSDPATCH33", "IsQueued": "true", "extra": 1,
             "Links": [{"Rel": "self", "Href": "/x"}, {"REL": "Status", "HREF": "/v2/operations/OSD/status/va1-777"}]}
            """).value
        XCTAssertEqual(answer, QueuedPatching(server: "VA1OSDPATCH33", isQueued: true, statusID: "va1-777", errorMessage: nil))
    }

    func testAnAnswerWithoutTheServerIsNotOfTheExpectedShape() {
        XCTAssertThrowsError(try WireTestSupport.decode(WireQueuedServer.self, #"{"isQueued": true}"#))
    }

    func testOperationStatusesInAnyCaseAndAnUnknownOneKept() throws {
        let statuses = try ["notStarted", "EXECUTING", "Succeeded", "failed", "resumed", "paused"].map { text in
            try WireTestSupport.decode(WireOperationStatus.self, #"{"Status": "\#(text)"}"#).value
        }
        XCTAssertEqual(statuses, [.notStarted, .executing, .succeeded, .failed, .resumed, .other("paused")])
        XCTAssertEqual(statuses.map(\.isFinished), [false, false, true, true, false, false])
    }

    func testAV2ErrorBodyCarriesItsModelStateMessages() throws {
        let body = try WireTestSupport.decode(WireErrorBody.self, """
            {"message": "The request is invalid.", "modelState": {"package.packageId": ["The package 'x' does not exist."]}}
            """)
        XCTAssertEqual(body.message, "The request is invalid. package.packageId: The package 'x' does not exist.")
    }
}
