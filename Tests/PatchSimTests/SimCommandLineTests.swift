import Foundation
import PatchSim
import XCTest

final class SimCommandLineTests: XCTestCase {
    func testNoArgumentsGiveTheDefaults() throws {
        let parsed = try SimCommandLine.parse([])
        XCTAssertEqual(parsed, SimCommandLine())
        XCTAssertEqual(parsed.port, 0)
        XCTAssertEqual(parsed.configuration.users, ["demo": "demo"])
        XCTAssertEqual(parsed.configuration.tokenLifetime, 14 * 86_400)
        XCTAssertFalse(parsed.showHelp)
    }

    func testEveryFlagIsRead() throws {
        let parsed = try SimCommandLine.parse([
            "--port", "8080", "--user", "ops:pa:ss", "--user=ci:x", "--token-lifetime", "90", "--latency=250",
        ])
        XCTAssertEqual(parsed.port, 8080)
        XCTAssertEqual(parsed.configuration.users, ["ops": "pa:ss", "ci": "x"], "given users replace demo")
        XCTAssertEqual(parsed.configuration.tokenLifetime, 90)
        XCTAssertEqual(parsed.configuration.latency, 0.25, accuracy: 1e-9)
    }

    func testHelpIsRecognised() throws {
        XCTAssertTrue(try SimCommandLine.parse(["--help"]).showHelp)
        XCTAssertTrue(SimCommandLine.usage.contains("--token-lifetime"))
    }

    func testBadArgumentsAreReportedPrecisely() {
        XCTAssertThrowsError(try SimCommandLine.parse(["--bogus"])) {
            XCTAssertEqual($0 as? SimError, .unknownFlag("--bogus"))
        }
        XCTAssertThrowsError(try SimCommandLine.parse(["--port"])) {
            XCTAssertEqual($0 as? SimError, .missingValue(flag: "--port"))
        }
        XCTAssertThrowsError(try SimCommandLine.parse(["--port", "70000"])) {
            guard case .invalidValue(flag: "--port", value: "70000", _) = $0 as? SimError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try SimCommandLine.parse(["--user", "nocolon"]))
        XCTAssertThrowsError(try SimCommandLine.parse(["--user", ":pw"]))
        XCTAssertThrowsError(try SimCommandLine.parse(["--token-lifetime", "0"]))
        XCTAssertThrowsError(try SimCommandLine.parse(["--latency", "-5"]))
        XCTAssertThrowsError(try SimCommandLine.parse(["--latency", "nan"]))
    }

    func testErrorMessagesQuoteTheInput() {
        XCTAssertEqual(SimError.unknownFlag("--bogus").description, "unknown option '--bogus'")
    }
}
