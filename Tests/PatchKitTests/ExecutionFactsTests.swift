import Foundation
@testable import PatchKit
import XCTest

/// Facts derived from executions: update counts and URLs of each round, and durations.
final class ExecutionFactsTests: XCTestCase {
    private func initiation(_ endMessage: String?) -> Initiation {
        Initiation(startTime: nil, endTime: nil, beginMessage: "Invoking SUS API", endMessage: endMessage)
    }

    func testUpdateCountAndURLsOfTheSampleMessages() throws {
        let list = try JSONDecoder().decode([WireSummary].self, from: WireTestSupport.sample("summary-completed.json")).map(\.value)
        let rounds = list[0].initiations
        XCTAssertEqual(rounds[0].updateCount, 0)
        XCTAssertEqual(rounds[0].updateURLs, [])
        XCTAssertEqual(rounds[1].updateCount, 4)
        XCTAssertEqual(rounds[1].updateURLs, [
            "https://support.microsoft.com/en-us/kb/3127231", "https://support.microsoft.com/en-us/kb/3122660",
            "https://support.microsoft.com/en-us/kb/3098785", "https://support.microsoft.com/en-us/kb/3135998",
        ])
        XCTAssertEqual(list[0].updateCount, 4)
        XCTAssertEqual(list[1].updateCount, 0)
    }

    func testRoundWithoutACountHasNone() {
        XCTAssertNil(initiation(nil).updateCount)
        XCTAssertNil(initiation("Invoking SUS API").updateCount)
        XCTAssertEqual(initiation(nil).updateURLs, [])
        let summary = ExecutionSummary(id: "VA1-1", status: .running, startTime: nil, endTime: nil,
                                       initiations: [initiation(nil), initiation("")])
        XCTAssertNil(summary.updateCount)
    }

    func testSingularUpdateIsCounted() {
        XCTAssertEqual(initiation("There is 1 update to install").updateCount, 1)
    }

    func testDurationTextIsRead() {
        XCTAssertEqual(DurationText.seconds(in: "20m 4s"), 1204)
        XCTAssertEqual(DurationText.seconds(in: "41m 27s"), 2487)
        XCTAssertEqual(DurationText.seconds(in: "1h 0m 5s"), 3605)
        XCTAssertEqual(DurationText.seconds(in: "8s"), 8)
        XCTAssertNil(DurationText.seconds(in: ""))
        XCTAssertNil(DurationText.seconds(in: "soon"))
    }

    func testDurationFormatIsCompact() {
        XCTAssertEqual(DurationText.format(seconds: 1204), "20m 4s")
        XCTAssertEqual(DurationText.format(seconds: 7205), "2h 0m 5s")
        XCTAssertEqual(DurationText.format(seconds: 8), "8s")
    }

    func testDurationSecondsPrefersTheTextAndFallsBackToTheTimes() {
        let start = WireTestSupport.utc(2016, 4, 5, 4, 14, 10)
        let end = WireTestSupport.utc(2016, 4, 5, 4, 34, 14)
        func detail(_ duration: String?, _ start: Date?, _ end: Date?) -> ExecutionDetail {
            ExecutionDetail(id: "VA1-1", status: .completed, startTime: start, endTime: end, duration: duration,
                            beginMessage: nil, endMessage: nil, patches: [], patchCount: 0, hasPatchDetails: false)
        }
        XCTAssertEqual(detail("1m 0s", start, end).durationSeconds, 60, "the platform's text wins")
        XCTAssertEqual(detail(nil, start, end).durationSeconds, 1204)
        XCTAssertEqual(detail("n/a", start, end).durationSeconds, 1204)
        XCTAssertNil(detail(nil, start, nil).durationSeconds)
        XCTAssertNil(detail(nil, end, start).durationSeconds, "an end before the start gives no duration")
    }
}
