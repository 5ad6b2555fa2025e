import Foundation
@testable import PatchSim
import XCTest

/// Fault injection: parsing, selection by path and rate, and the answers the router gives.
final class SimFaultTests: XCTestCase {
    private let summary = "/rest/servers/OSD/server/VA1OSDPATCH33/patch"

    func testFlagParsesEveryKey() throws {
        let fault = try SimFault(flag: "path=/rest/*,fault=status,status=504,method=get,every=3,times=2,seed=9")
        XCTAssertEqual(fault, SimFault(path: "/rest/*", method: "GET", kind: .status(504), every: 3, seed: 9, times: 2))
        XCTAssertEqual(try SimFault(flag: "path=/,fault=too-many-requests,retry-after=5").kind, .tooManyRequests(retryAfter: "5"))
        XCTAssertEqual(try SimFault(flag: "path=/,fault=latency,seconds=0.5").kind, .latency(0.5))
    }

    func testBadFlagsSayWhatIsWrong() {
        let cases = [
            ("path=/x,fault=nope", "'fault' must be one of latency, status,"),
            ("path=/x,fault=status,stauts=5", "invalid value 'stauts' for '--fault': unknown key"),
            ("fault=status", "'path' must be given"),
            ("path=/x,fault=status,status=700", "expected an HTTP status from 100 to 599"),
            ("path=/x,fault=status,every=0", "expected 1 or more"),
            ("path=/x,fault=status,probability=2", "expected 0 to 1"),
            ("path=/x,status", "'status' is not KEY=VALUE"),
        ]
        for (flag, message) in cases {
            XCTAssertThrowsError(try SimFault(flag: flag), flag) { error in
                XCTAssertTrue("\(error)".contains(message), "\(flag): \(error)")
            }
        }
    }

    func testUsageListsEveryKind() {
        for name in SimFault.kindNames { XCTAssertTrue(SimCommandLine.usage.contains(name), name) }
        XCTAssertEqual(try SimCommandLine.parse(["--fault", "path=/rest/*,fault=wrong-shape"]).configuration.faults.count, 1)
    }

    func testPathsMatchAsGlobOrPrefixCaseInsensitively() {
        let glob = SimFault(path: "/rest/*/server/*/patch", kind: .wrongShape)
        XCTAssertTrue(glob.matches(method: "GET", path: summary))
        XCTAssertTrue(glob.matches(method: "GET", path: summary.uppercased()))
        XCTAssertFalse(glob.matches(method: "GET", path: summary + "/VA1-132457"))
        let prefix = SimFault(path: "/rest/", method: "GET", kind: .wrongShape)
        XCTAssertTrue(prefix.matches(method: "get", path: summary + "/VA1-132457"))
        XCTAssertFalse(prefix.matches(method: "POST", path: summary))
        XCTAssertFalse(prefix.matches(method: "GET", path: "/v2/authentication/login"))
    }

    func testEveryNthAndTimesCountAcrossRequests() {
        let board = SimFaultBoard([SimFault(path: "/", kind: .status(503), every: 2, times: 2)])
        let fired = (0..<8).map { _ in board.select(method: "GET", path: "/x") != nil }
        XCTAssertEqual(fired, [false, true, false, true, false, false, false, false])
    }

    func testProbabilityIsDeterministicForASeed() {
        func pattern(seed: UInt64) -> [Bool] {
            let board = SimFaultBoard([SimFault(path: "/", kind: .status(503), probability: 0.5, seed: seed)])
            return (0..<64).map { _ in board.select(method: "GET", path: "/x") != nil }
        }
        XCTAssertEqual(pattern(seed: 7), pattern(seed: 7))
        XCTAssertNotEqual(pattern(seed: 7), pattern(seed: 8))
        let share = pattern(seed: 7).filter { $0 }.count
        XCTAssertTrue((16...48).contains(share), "about half: \(share) of 64")
    }

    func testAdminEndpointAddsListsAndClearsFaults() throws {
        let router = SimRouter()
        let add = router.handle(SimRequest(method: "POST", target: "/_sim/faults",
                                           body: Data(#"{"faults":[{"path":"/rest/*","fault":"status","status":502,"times":1}]}"#.utf8)))
        XCTAssertEqual(add.status, 200)
        XCTAssertEqual(router.handle(SimRequest(method: "GET", target: summary)).status, 502)
        XCTAssertEqual(router.handle(SimRequest(method: "GET", target: summary)).status, 401, "spent after one: normal auth again")
        let listing = String(decoding: router.handle(SimRequest(method: "GET", target: "/_sim/faults")).body, as: UTF8.self)
        XCTAssertEqual(listing, #"{"faults":[{"path":"/rest/*","fault":"status","seen":1,"fired":1,"times":1}]}"#)
        XCTAssertEqual(router.handle(SimRequest(method: "DELETE", target: "/_sim/faults")).status, 200)
        XCTAssertEqual(String(decoding: router.handle(SimRequest(method: "GET", target: "/_sim/faults")).body, as: UTF8.self),
                       #"{"faults":[]}"#)
        let bad = router.handle(SimRequest(method: "POST", target: "/_sim/faults", body: Data(#"{"path":"/x","fault":"boom"}"#.utf8)))
        XCTAssertEqual(bad.status, 400)
        XCTAssertTrue(String(decoding: bad.body, as: UTF8.self).contains("Invalid fault"))
    }

    func testBodyFaultsChangeTheAnswer() throws {
        func answer(_ kind: SimFault.Kind) -> SimResponse {
            var configuration = SimConfiguration()
            configuration.faults = [SimFault(path: "/v2/", kind: kind)]
            return SimRouter(configuration: configuration).handle(SimRequest(
                method: "POST", target: "/v2/authentication/login", body: Data(#"{"username":"demo","password":"demo"}"#.utf8)))
        }
        let whole = SimRouter().handle(SimRequest(method: "POST", target: "/v2/authentication/login",
                                                  body: Data(#"{"username":"demo","password":"demo"}"#.utf8)))
        XCTAssertEqual(answer(.truncatedBody).body.count, whole.body.count / 2)
        XCTAssertNil(String(data: answer(.invalidUTF8).body, encoding: .utf8))
        XCTAssertEqual(answer(.hugeBody(bytes: 100_000)).body.count, 100_000)
        XCTAssertEqual(answer(.htmlBody(status: 502)).header("Content-Type"), "text/html; charset=iso-8859-1")
        XCTAssertTrue(answer(.htmlBody(status: 502)).serialized(keepAlive: false).starts(with: Array("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html".utf8)))
        XCTAssertEqual(answer(.tooManyRequests(retryAfter: "2")).header("Retry-After"), "2")
        XCTAssertEqual(answer(.dropDuringBody).delivery, .dropDuringBody)
        XCTAssertEqual(answer(.latency(0.25)).delay, 0.25)
    }
}
