import Foundation
@testable import PatchKit
import XCTest

/// `PatchTimeFormat` renders what `WireTime` reads.
final class TimeFormatTests: XCTestCase {
    func testUTCAndISOForms() {
        let date = WireTestSupport.utc(2016, 4, 5, 4, 14, 10)
        XCTAssertEqual(PatchTimeFormat.utc(date), "2016-04-05 04:14:10")
        XCTAssertEqual(PatchTimeFormat.iso(date), "2016-04-05T04:14:10Z")
    }

    func testFormsRoundTripThroughWireTime() {
        let dates = [
            WireTestSupport.utc(2016, 4, 5, 4, 14, 10), WireTestSupport.utc(1970, 1, 1, 0, 0, 0),
            WireTestSupport.utc(2000, 2, 29, 23, 59, 59), WireTestSupport.utc(1969, 12, 31, 23, 59, 59),
            WireTestSupport.utc(2099, 12, 31, 12, 0, 1), WireTestSupport.utc(1900, 3, 1, 0, 0, 0),
        ]
        for date in dates {
            XCTAssertEqual(WireTime.parse(PatchTimeFormat.utc(date)), date, PatchTimeFormat.utc(date))
            XCTAssertEqual(WireTime.parse(PatchTimeFormat.iso(date)), date, PatchTimeFormat.iso(date))
        }
    }

    func testFractionalSecondsAreDroppedWhenRendered() {
        let date = WireTestSupport.utc(2016, 4, 5, 4, 14, 10).addingTimeInterval(0.75)
        XCTAssertEqual(PatchTimeFormat.utc(date), "2016-04-05 04:14:10")
    }

    func testSecondsForMessages() {
        XCTAssertEqual(PatchTimeFormat.seconds(30), "30 s")
        XCTAssertEqual(PatchTimeFormat.seconds(1.5), "1.5 s")
    }
}
