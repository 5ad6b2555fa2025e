import Foundation
@testable import PatchKit
import XCTest

/// Reading the reference bodies in Tests/Fixtures/api-samples and decoding wire JSON in tests.
enum WireTestSupport {
    /// The folder of the sample bodies, found relative to this source file.
    static let samplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/api-samples")
        .standardizedFileURL

    /// The bytes of one sample, e.g. `detail-completed.json`.
    static func sample(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let url = samplesFolder.appendingPathComponent(name)
        do {
            return try Data(contentsOf: url)
        } catch {
            XCTFail("cannot read sample \(url.path): \(error)", file: file, line: line)
            throw error
        }
    }

    /// Decodes a JSON text with the decoder the client uses.
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// A UTC instant from its parts, independent of WireTime.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }
}
