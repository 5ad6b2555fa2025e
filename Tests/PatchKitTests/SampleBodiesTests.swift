import Foundation
@testable import PatchKit
import XCTest

/// Every reference body in Tests/Fixtures/api-samples decodes into the domain values it documents.
final class SampleBodiesTests: XCTestCase {
    /// Samples with no PatchKit decoder yet (the client does not apply packages); they must still be JSON.
    private let undecodedSamples: Set<String> = ["execute-package-queued.json"]

    private let decodedSamples: Set<String> = [
        "detail-completed.json", "detail-count-only.json", "detail-seed-example.json",
        "summary-completed.json", "summary-running.json", "login-ok.json",
        "error-unauthorized.json", "login-bad-credentials.json",
    ]

    func testEverySampleInTheFolderIsCoveredByATest() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: WireTestSupport.samplesFolder.path)
            .filter { $0.hasSuffix(".json") }
        XCTAssertFalse(names.isEmpty, "no samples found in \(WireTestSupport.samplesFolder.path)")
        XCTAssertEqual(Set(names), decodedSamples.union(undecodedSamples))
    }

    func testEverySampleIsValidJSON() throws {
        for name in decodedSamples.union(undecodedSamples) {
            let data = try WireTestSupport.sample(name)
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), name)
        }
    }

    func testDetailCompletedDecodesWithEveryPatch() throws {
        let detail = try JSONDecoder().decode(WireDetail.self, from: WireTestSupport.sample("detail-completed.json")).value
        XCTAssertEqual(detail.id, "CA3-104857")
        XCTAssertEqual(detail.status, .completed)
        XCTAssertEqual(detail.startTime, WireTestSupport.utc(2016, 4, 5, 4, 14, 10))
        XCTAssertEqual(detail.endTime, WireTestSupport.utc(2016, 4, 5, 4, 34, 14))
        XCTAssertEqual(detail.duration, "20m 4s")
        XCTAssertEqual(detail.beginMessage, "Update Process BEGIN")
        XCTAssertEqual(detail.endMessage, "Updating Complete")
        XCTAssertTrue(detail.hasPatchDetails)
        XCTAssertEqual(detail.patchCount, 3)
        XCTAssertEqual(detail.patches.map(\.kb), ["KB3135998", "KB3139929", "KB3084905"])
        XCTAssertEqual(detail.patches.map(\.status), [.completed, .failed, .completed])
        XCTAssertEqual(detail.patches.map(\.result), [.succeeded, .failed, .succeeded])
        XCTAssertEqual(detail.patches[1].startTime, WireTestSupport.utc(2016, 4, 5, 4, 22, 40))
        XCTAssertEqual(detail.patches[1].endTime, WireTestSupport.utc(2016, 4, 5, 4, 24, 2))
        XCTAssertEqual(detail.failedPatches.map(\.kb), ["KB3139929"])
    }

    func testDetailSeedExampleDecodesWithAPendingPatch() throws {
        let detail = try JSONDecoder().decode(WireDetail.self, from: WireTestSupport.sample("detail-seed-example.json")).value
        XCTAssertEqual(detail.id, "VA1-132457")
        XCTAssertEqual(detail.status, .completed)
        XCTAssertEqual(detail.startTime, WireTestSupport.utc(2016, 3, 14, 9, 0, 0))
        XCTAssertEqual(detail.endTime, WireTestSupport.utc(2016, 3, 14, 9, 41, 27))
        XCTAssertEqual(detail.durationSeconds, 41 * 60 + 27)
        XCTAssertEqual(detail.patches.count, 3)
        let pending = detail.patches[2]
        XCTAssertEqual(pending.status, .pending)
        XCTAssertEqual(pending.startTime, WireTestSupport.utc(2016, 3, 14, 9, 12, 50))
        XCTAssertNil(pending.endTime, "an empty end_time is 'not yet known'")
        XCTAssertNil(pending.endMessage, "an empty patch_end_message is absent")
        XCTAssertNil(pending.result)
        XCTAssertEqual(detail.failedPatches.map(\.kb), ["KB3123245"])
        XCTAssertEqual(detail.patches[1].result, .aborted)
    }

    func testDetailCountOnlyDecodesAsACountWithoutDetails() throws {
        let detail = try JSONDecoder().decode(WireDetail.self, from: WireTestSupport.sample("detail-count-only.json")).value
        XCTAssertEqual(detail.id, "WA1-200114")
        XCTAssertEqual(detail.status, .completed)
        XCTAssertEqual(detail.startTime, WireTestSupport.utc(2016, 5, 2, 22, 10, 0))
        XCTAssertEqual(detail.endTime, WireTestSupport.utc(2016, 5, 2, 22, 31, 9))
        XCTAssertEqual(detail.duration, "21m 9s")
        XCTAssertEqual(detail.patchCount, 7)
        XCTAssertFalse(detail.hasPatchDetails)
        XCTAssertEqual(detail.patches, [])
    }

    func testSummaryCompletedDecodesBothExecutionsAndTheirRounds() throws {
        let list = try JSONDecoder().decode([WireSummary].self, from: WireTestSupport.sample("summary-completed.json")).map(\.value)
        XCTAssertEqual(list.map(\.id), ["CA3-104857", "CA3-103311"])
        XCTAssertEqual(list.map(\.status), [.completed, .completed])
        XCTAssertEqual(list[0].startTime, WireTestSupport.utc(2016, 4, 5, 4, 14, 10))
        XCTAssertEqual(list[0].endTime, WireTestSupport.utc(2016, 4, 5, 4, 34, 14))
        XCTAssertEqual(list[0].initiations.count, 2)
        XCTAssertEqual(list[0].initiations[0].beginMessage, "Invoking SUS API")
        XCTAssertEqual(list[0].initiations[0].startTime, WireTestSupport.utc(2016, 4, 5, 4, 31, 51))
        XCTAssertEqual(list[1].initiations.count, 1)
        XCTAssertEqual(list[1].initiations[0].beginMessage, "Invoking yum check-update")
        XCTAssertEqual(list[1].initiations[0].endMessage, "Update Process Complete. There are 0 updates to install")
    }

    func testSummaryRunningDecodesWithUnknownEndTimes() throws {
        let list = try JSONDecoder().decode([WireSummary].self, from: WireTestSupport.sample("summary-running.json")).map(\.value)
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(list[0].status, .running)
        XCTAssertTrue(list[0].status.isUnfinished)
        XCTAssertEqual(list[0].startTime, WireTestSupport.utc(2016, 4, 5, 4, 14, 10))
        XCTAssertNil(list[0].endTime)
        XCTAssertNil(list[0].initiations[0].endTime)
        XCTAssertNil(list[0].initiations[0].endMessage)
        XCTAssertNil(list[0].updateCount)
    }

    func testLoginOkDecodesUserAccountRolesAndToken() throws {
        let login = try JSONDecoder().decode(WireLogin.self, from: WireTestSupport.sample("login-ok.json")).value
        XCTAssertEqual(login, LoginResult(
            userName: "ops@example.com", accountAlias: "OSD", locationAlias: "VA1",
            roles: ["AccountAdmin", "ServerAdmin"],
            bearerToken: "eyJhbGciOiJIUzI1NiJ9.c2FtcGxlLXRva2VuLW5vdC1yZWFs.c2lnbmF0dXJl"))
    }

    func testErrorBodiesDecodeTheirMessage() throws {
        let unauthorized = try JSONDecoder().decode(WireErrorBody.self, from: WireTestSupport.sample("error-unauthorized.json"))
        XCTAssertEqual(unauthorized.message, "Authorization has been denied for this request.")
        let badLogin = try JSONDecoder().decode(WireErrorBody.self, from: WireTestSupport.sample("login-bad-credentials.json"))
        XCTAssertEqual(badLogin.message, "We didn't recognize the username or password you entered. Please try again.")
    }
}
