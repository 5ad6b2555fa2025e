import Foundation
import PatchSim
import XCTest

final class ExecutionRoutesTests: SimTestCase {
    private let seedSummary = "/rest/servers/OSD/server/VA1OSDPATCH33/patch"
    private let seedDetail = "/rest/servers/OSD/server/VA1OSDPATCH33/patch/VA1-132457"

    func testSummaryWithoutTokenIs401WithTheDocumentedBody() throws {
        let response = try get(seedSummary, token: nil)
        XCTAssertEqual(response.status, 401)
        XCTAssertEqual(try Fixtures.canonical(response.body), try Fixtures.canonical(Fixtures.data("error-unauthorized.json")))
    }

    func testDetailWithoutTokenIs401() throws {
        XCTAssertEqual(try get(seedDetail, token: nil).status, 401)
    }

    func testUnknownTokenIs401() throws {
        XCTAssertEqual(try get(seedDetail, token: "not-a-token").status, 401)
    }

    func testSeedDetailEqualsTheSeedSample() async throws {
        let (status, data) = try await fetch(seedDetail, token: try demoToken())
        XCTAssertEqual(status, 200)
        XCTAssertEqual(try Fixtures.canonical(data), try Fixtures.canonical(Fixtures.data("detail-seed-example.json")))
    }

    func testCompletedDetailEqualsTheCompletedSample() throws {
        let response = try get("/rest/servers/OSD/server/CA3OSDWIN01/patch/CA3-104857", token: try demoToken())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["content-type"], "application/json; charset=utf-8")
        XCTAssertEqual(try Fixtures.canonical(response.body), try Fixtures.canonical(Fixtures.data("detail-completed.json")))
    }

    func testCountOnlyDetailEqualsTheCountOnlySample() throws {
        let response = try get("/rest/servers/ALIAS/server/WA1ALIASSERV0101/patch/WA1-200114", token: try demoToken())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(try Fixtures.canonical(response.body), try Fixtures.canonical(Fixtures.data("detail-count-only.json")))
    }

    func testCompletedSummaryEqualsTheCompletedSample() throws {
        let response = try get("/rest/servers/OSD/server/CA3OSDWIN01/patch", token: try demoToken())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(try Fixtures.canonical(response.body), try Fixtures.canonical(Fixtures.data("summary-completed.json")))
    }

    func testSeedSummaryListsBothExecutionsNewestFirst() throws {
        let response = try get(seedSummary, token: try demoToken())
        XCTAssertEqual(response.status, 200)
        let entries = try XCTUnwrap(try response.json() as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["execution_id"] as? String }, ["VA1-132457", "VA1-131020"])
        let messages = try XCTUnwrap(entries[0]["init_messages"] as? [[String: Any]])
        XCTAssertEqual(messages.first?["init_begin_message"] as? String, "Invoking SUS API")
        XCTAssertEqual(
            messages.first?["init_end_message"] as? String,
            "Updates Downloaded Successfully downloaded 3 updates to install##https://support.microsoft.com/en-us/kb/3126587 https://support.microsoft.com/en-us/kb/3123245 https://support.microsoft.com/en-us/kb/3124275##")
    }

    func testIdentifiersMatchCaseInsensitively() throws {
        let token = try demoToken()
        let lower = try get("/rest/servers/osd/server/va1osdpatch33/patch/va1-132457", token: token)
        XCTAssertEqual(lower.status, 200)
        XCTAssertEqual(try Fixtures.canonical(lower.body), try Fixtures.canonical(Fixtures.data("detail-seed-example.json")))
        XCTAssertEqual(try get("/REST/Servers/Osd/SERVER/Va1OsdPatch33/PATCH", token: token).status, 200)
    }

    func testPathSegmentsArePercentDecoded() throws {
        let response = try get("/rest/servers/%4FSD/server/VA1OSD%50ATCH33/patch/VA1%2D132457", token: try demoToken())
        XCTAssertEqual(response.status, 200)
    }

    func testUnknownServerIs404NamingServerAndAccount() throws {
        let response = try get("/rest/servers/OSD/server/VA1NOPE01/patch", token: try demoToken())
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.message, "Server 'VA1NOPE01' was not found in account 'OSD'.")
    }

    func testUnknownAccountIs404NamingServerAndAccount() throws {
        let response = try get("/rest/servers/NOPE/server/VA1OSDPATCH33/patch/VA1-132457", token: try demoToken())
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.message, "Server 'VA1OSDPATCH33' was not found in account 'NOPE'.")
    }

    func testUnknownExecutionIs404NamingExecutionAndServer() throws {
        let response = try get("/rest/servers/OSD/server/VA1OSDPATCH33/patch/VA1-999999", token: try demoToken())
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.message, "Execution 'VA1-999999' was not found for server 'VA1OSDPATCH33'.")
    }

    func testUnknownPathIs404WithJSONMessage() throws {
        let response = try get("/v2/nothing/here", token: nil)
        XCTAssertEqual(response.status, 404)
        XCTAssertNotNil(response.message)
    }

    func testPostToSummaryIsMethodNotAllowed() throws {
        let client = try RawHTTPClient(port: port)
        try client.post(seedSummary, body: "{}")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["allow"], "GET")
    }

    func testRunningExecutionHasEmptyEndTimeAndPendingPatches() throws {
        let response = try get("/rest/servers/OSD/server/VA1OSDRHEL02/patch/VA1-133050", token: try demoToken())
        let body = try XCTUnwrap(try response.json() as? [String: Any])
        XCTAssertEqual(body["status"] as? String, "running")
        XCTAssertEqual(body["end_time"] as? String, "")
        let statuses = (body["patches"] as? [[String: Any]])?.compactMap { $0["status"] as? String }
        XCTAssertEqual(statuses, ["completed", "completed", "pending", "pending"])
    }
}
