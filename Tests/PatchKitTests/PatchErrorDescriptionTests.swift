import Foundation
@testable import PatchKit
import XCTest

/// Every PatchError renders one line naming the request, the status and what to do.
final class PatchErrorDescriptionTests: XCTestCase {
    private let label = RequestLabel(method: "GET", url: "https://p.example/rest/servers/OSD/server/VA1OSDPATCH33/patch")

    func testRequestLabelIsMethodAndURL() {
        XCTAssertEqual(label.description, "GET https://p.example/rest/servers/OSD/server/VA1OSDPATCH33/patch")
    }

    func testSessionErrorsSayWhatToRun() {
        XCTAssertEqual(PatchError.notLoggedIn.description, "Not logged in. Run 'login' first.")
        XCTAssertEqual(PatchError.sessionExpired(since: WireTestSupport.utc(2016, 4, 5, 4, 14, 10)).description,
                       "The session expired at 2016-04-05 04:14:10 UTC (tokens last two weeks). Run 'login' again.")
        XCTAssertEqual(PatchError.badCredentials(label, message: nil).description,
                       "Login failed: the username or password was not recognised.")
        XCTAssertEqual(PatchError.badCredentials(label, message: "We didn't recognize you.").description,
                       "Login failed: We didn't recognize you.")
    }

    func testHTTPErrorsNameTheRequestAndStatus() {
        XCTAssertEqual(PatchError.unauthorized(label, status: 401, message: "Denied.").description,
                       "The API refused the session token (HTTP 401 on \(label): Denied). "
                       + "The session has expired or was revoked: run 'login' again.")
        XCTAssertEqual(PatchError.notFound(label, subject: "Server 'X' in account 'OSD'", message: nil).description,
                       "Server 'X' in account 'OSD' was not found (HTTP 404 on \(label)).")
        XCTAssertEqual(PatchError.httpStatus(label, status: 500, message: "Boom").description,
                       "The API answered HTTP 500 to \(label): Boom. The service is having trouble: try again later.")
        XCTAssertEqual(PatchError.httpStatus(label, status: 409, message: "").description,
                       "The API answered HTTP 409 to \(label).")
        XCTAssertEqual(PatchError.badResponse(label, status: 200, reason: "the body is not valid JSON").description,
                       "The answer to \(label) (HTTP 200) is not usable: the body is not valid JSON. "
                       + "'trace on' shows it; check 'endpoint' if it is not the patching API.")
    }

    func testTransportErrorsNameTheRequest() {
        XCTAssertEqual(PatchError.network(label, reason: "connection refused").description,
                       "Could not reach the API for \(label): connection refused. Check the network and 'endpoint'.")
        XCTAssertEqual(PatchError.timedOut(label, seconds: 30).description,
                       "No answer to \(label) within 30 s. The service may be slow or unreachable: "
                       + "try again, or allow longer with --timeout or 'timeout'.")
        XCTAssertEqual(PatchError.cancelled(label).description, "Interrupted: \(label) was cancelled.")
    }

    func testEndpointErrorsQuoteTheInput() {
        XCTAssertEqual(PatchError.invalidEndpoint(value: "ftp://x", reason: "no").description,
                       "'ftp://x' is not a usable endpoint: no.")
    }
}
