import Foundation
import PatchSim
import XCTest

/// Execute Package on the pure router, with a clock the test moves: no sleeping, no timing.
final class ExecutePackageTests: XCTestCase {
    private let clock = TokenExpiryTests.ManualClock()
    private var router: SimRouter!
    private var token = ""

    override func setUpWithError() throws {
        var configuration = SimConfiguration()
        configuration.executionStepSeconds = 10
        configuration.failingUpdates = [SimFailingUpdate(server: "CA3OSDWIN01", update: "KB4012215")]
        let clock = self.clock
        router = SimRouter(configuration: configuration, clock: { clock.now })
        let login = router.handle(SimRequest(method: "POST", target: "/v2/authentication/login",
                                             body: Data(#"{"username":"demo","password":"demo"}"#.utf8)))
        token = try XCTUnwrap(try object(login.body)["bearerToken"] as? String)
    }

    private func object(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func request(_ method: String, _ target: String, body: String = "", authorised: Bool = true) -> SimResponse {
        router.handle(SimRequest(method: method, target: target,
                                 headers: authorised ? [SimHeader("Authorization", "Bearer \(token)")] : [],
                                 body: Data(body.utf8)))
    }

    private func apply(_ servers: [String], package: String = "b229535c-a313-4a31-baf8-6aa71ff4b9ed") throws -> [[String: Any]] {
        let names = servers.map { "\"\($0)\"" }.joined(separator: ",")
        let response = request("POST", "/v2/operations/OSD/servers/executePackage",
                               body: #"{"servers":[\#(names)],"package":{"packageId":"\#(package)","parameters":{}}}"#)
        XCTAssertEqual(response.status, 200)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]])
    }

    private func detail(_ server: String, _ id: String) throws -> (status: String, patches: [String]) {
        let response = request("GET", "/rest/servers/OSD/server/\(server)/patch/\(id)")
        XCTAssertEqual(response.status, 200)
        let body = try object(response.body)
        let patches = try XCTUnwrap(body["patches"] as? [[String: Any]]).map { $0["status"] as? String ?? "?" }
        return (try XCTUnwrap(body["status"] as? String), patches)
    }

    private func operation(_ statusID: String) throws -> String {
        let response = request("GET", "/v2/operations/OSD/status/\(statusID)")
        XCTAssertEqual(response.status, 200)
        return try XCTUnwrap(try object(response.body)["status"] as? String)
    }

    func testAnAppliedExecutionAdvancesOnePatchPerStepAndItsFailingUpdateFails() throws {
        let answers = try apply(["CA3OSDWIN01"])
        XCTAssertEqual(answers.count, 1)
        XCTAssertEqual(answers[0]["server"] as? String, "CA3OSDWIN01")
        XCTAssertEqual(answers[0]["isQueued"] as? Bool, true)
        let link = try XCTUnwrap((answers[0]["links"] as? [[String: Any]])?.first)
        XCTAssertEqual(link["rel"] as? String, "status")
        let statusID = try XCTUnwrap(link["id"] as? String)
        XCTAssertEqual(link["href"] as? String, "/v2/operations/OSD/status/\(statusID)")
        let id = statusID.uppercased()

        XCTAssertEqual(try detail("CA3OSDWIN01", id).status, "pending")
        XCTAssertEqual(try detail("CA3OSDWIN01", id).patches, ["pending", "pending", "pending"])
        XCTAssertEqual(try operation(statusID), "notStarted")
        clock.advance(10)
        XCTAssertEqual(try detail("CA3OSDWIN01", id).status, "running")
        XCTAssertEqual(try operation(statusID), "executing")
        clock.advance(10)
        XCTAssertEqual(try detail("CA3OSDWIN01", id).patches, ["completed", "pending", "pending"])
        clock.advance(10)
        XCTAssertEqual(try detail("CA3OSDWIN01", id).patches, ["completed", "failed", "pending"])
        clock.advance(10)
        XCTAssertEqual(try detail("CA3OSDWIN01", id).status, "completed")
        XCTAssertEqual(try detail("CA3OSDWIN01", id).patches, ["completed", "failed", "completed"])
        XCTAssertEqual(try operation(statusID), "failed")
    }

    func testTheNewExecutionHeadsTheServersSummaryAndTheOthersStay() throws {
        let statusID = try XCTUnwrap(((try apply(["VA1OSDPATCH33"])[0]["links"] as? [[String: Any]])?.first)?["id"] as? String)
        clock.advance(100)
        XCTAssertEqual(try operation(statusID), "succeeded")
        let response = request("GET", "/rest/servers/OSD/server/VA1OSDPATCH33/patch")
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]])
        XCTAssertEqual(summary.map { $0["execution_id"] as? String ?? "?" }, [statusID.uppercased(), "VA1-132457", "VA1-131020"])
    }

    func testAnUnknownServerIsNotQueuedAndTheOthersAre() throws {
        let answers = try apply(["VA1OSDNOPE01", "va1osdclean01"])
        XCTAssertEqual(answers[0]["isQueued"] as? Bool, false)
        XCTAssertEqual(answers[0]["errorMessage"] as? String, "The server 'VA1OSDNOPE01' was not found in account 'OSD'.")
        XCTAssertEqual(answers[1]["server"] as? String, "VA1OSDCLEAN01")
        XCTAssertEqual(answers[1]["isQueued"] as? Bool, true)
    }

    func testABadBodyOrPackageGetsTheV2ErrorBodyWithModelState() throws {
        let empty = request("POST", "/v2/operations/OSD/servers/executePackage", body: "{}")
        XCTAssertEqual(empty.status, 400)
        let fields = try XCTUnwrap(try object(empty.body)["modelState"] as? [String: [String]])
        XCTAssertEqual(fields, ["servers": ["The servers field is required."],
                                "package.packageId": ["The packageId field is required."]])
        let unknown = request("POST", "/v2/operations/OSD/servers/executePackage",
                              body: #"{"SERVERS":["VA1OSDPATCH33"],"Package":{"PackageID":"nope"}}"#)
        XCTAssertEqual(unknown.status, 400)
        XCTAssertEqual(try object(unknown.body)["modelState"] as? [String: [String]],
                       ["package.packageId": ["The package 'nope' does not exist."]])
    }

    func testExecutePackageNeedsTheBearerTokenAndPost() throws {
        XCTAssertEqual(request("POST", "/v2/operations/OSD/servers/executePackage", body: "{}", authorised: false).status, 401)
        XCTAssertEqual(request("GET", "/v2/operations/OSD/servers/executePackage").status, 405)
        XCTAssertEqual(request("GET", "/v2/operations/OSD/status/va1-1").status, 404)
    }

    func testTheCommandLineSetsTheStepAndTheFailingUpdates() throws {
        let parsed = try SimCommandLine.parse(["--step", "0.25", "--fail-update", "*:bash", "--fail-update", "X01:KB1"])
        XCTAssertEqual(parsed.configuration.executionStepSeconds, 0.25)
        XCTAssertEqual(parsed.configuration.failingUpdates,
                       [SimFailingUpdate(server: "*", update: "bash"), SimFailingUpdate(server: "X01", update: "KB1")])
        XCTAssertThrowsError(try SimCommandLine.parse(["--fail-update", "nocolon"]))
        XCTAssertThrowsError(try SimCommandLine.parse(["--step", "-1"]))
    }
}
