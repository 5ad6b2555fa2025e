import Foundation
import PatchSim
import XCTest

/// The data set is hand-written: these checks keep it internally consistent.
final class SimFleetTests: XCTestCase {
    private let fleet = SimFleet.standard

    func testTheExpectedServersAndExecutionsExist() {
        let expected: [(String, String, [String])] = [
            ("OSD", "VA1OSDPATCH33", ["VA1-132457", "VA1-131020"]),
            ("OSD", "CA3OSDWIN01", ["CA3-104857", "CA3-103311"]),
            ("OSD", "VA1OSDRHEL01", ["VA1-133001"]),
            ("OSD", "VA1OSDRHEL02", ["VA1-133050", "VA1-132101"]),
            ("ALIAS", "WA1ALIASSERV0101", ["WA1-200114", "WA1-199870"]),
        ]
        for (alias, server, executions) in expected {
            XCTAssertEqual(fleet.server(alias: alias, id: server)?.executions.map(\.id), executions, server)
        }
    }

    func testSummaryAndDetailAgreeOnIdentifierAndPrefix() throws {
        for account in fleet.accounts {
            for server in account.servers {
                for execution in server.executions {
                    let detailID = execution.detail["execution_id"] ?? execution.detail["Execution_id"]
                    XCTAssertEqual(execution.summary["execution_id"], .string(execution.id))
                    XCTAssertEqual(detailID, .string(execution.id))
                    XCTAssertEqual(execution.id.prefix(3), server.id.prefix(3), "data-centre prefix of \(execution.id)")
                }
            }
        }
    }

    func testExecutionsAreListedNewestFirst() throws {
        for account in fleet.accounts {
            for server in account.servers {
                let starts = try server.executions.map { execution -> Date in
                    guard case .string(let text) = execution.summary["start_time"] else { throw Unparsable(text: "") }
                    return try Self.date(text)
                }
                XCTAssertEqual(starts, starts.sorted(by: >), server.id)
            }
        }
    }

    func testRHELRunCoversEveryResultKind() throws {
        let detail = try XCTUnwrap(fleet.server(alias: "OSD", id: "VA1OSDRHEL01")?.execution("VA1-133001")?.detail)
        guard case .array(let patches) = detail["patches"] else { return XCTFail("patches") }
        let pairs = patches.map { "\($0["status"].map(Self.text) ?? "")/\($0["patch_end_message"].map(Self.text) ?? "")" }
        XCTAssertEqual(pairs.count, 5)
        XCTAssertTrue(pairs.contains("failed/Result Code: 4"))
        XCTAssertTrue(pairs.contains("completed/Result Code: 3"))
        XCTAssertTrue(pairs.contains("completed/Result Code: 4"), "the status/result disagreement")
    }

    func testJSONEncodingEscapesStrings() throws {
        let value: SimJSON = ["a\"b": "line\nnext\u{1}\\", "n": 7, "t": true, "z": .null, "list": [1, "é"]]
        let decoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: value.data) as? [String: Any])
        XCTAssertEqual(decoded["a\"b"] as? String, "line\nnext\u{1}\\")
        XCTAssertEqual(decoded["n"] as? Int, 7)
        XCTAssertEqual(decoded["t"] as? Bool, true)
        XCTAssertTrue(decoded["z"] is NSNull)
        XCTAssertEqual(String(decoding: value.data, as: UTF8.self).prefix(6), #"{"a\"b"#, "keys keep their order")
    }

    private struct Unparsable: Error { var text: String }

    private static func text(_ value: SimJSON) -> String {
        if case .string(let text) = value { return text }
        return "\(value)"
    }

    /// The three time styles on the wire: ISO with Z or an offset, and `yyyy-MM-dd HH:mm:ss` UTC.
    private static func date(_ text: String) throws -> Date {
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: text) { return date }
        let plain = DateFormatter()
        plain.locale = Locale(identifier: "en_US_POSIX")
        plain.timeZone = TimeZone(identifier: "UTC")
        plain.dateFormat = "yyyy-MM-dd HH:mm:ss"
        if let date = plain.date(from: text) { return date }
        throw Unparsable(text: text)
    }
}
