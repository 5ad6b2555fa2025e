import Foundation
@testable import PatchKit
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A transport that answers every request with one canned exchange.
private struct CannedTransport: HTTPTransport {
    let exchange: HTTPExchange

    func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange { exchange }
}

/// How the client turns answers into values or errors that name the request and the HTTP status (rule 7).
final class PatchClientAnswerTests: XCTestCase {
    private let base = "http://127.0.0.1:9"
    private var detailURL: String { base + "/rest/servers/OSD/server/VA1OSDPATCH33/patch/VA1-132457" }

    private func detailError(status: Int, contentType: String?, body: String) async throws -> PatchError? {
        let headers = contentType.map { ["Content-Type": $0] } ?? [:]
        let transport = CannedTransport(exchange: HTTPExchange(status: status, headers: headers, body: Data(body.utf8)))
        let client = PatchClient(endpoints: Endpoints(api: base, patching: base), transport: transport, userAgent: "test")
        await client.setToken("token")
        do {
            _ = try await client.execution(alias: AccountAlias("osd"), server: ServerID("va1osdpatch33"),
                                           id: ExecutionID("va1-132457"))
            return nil
        } catch {
            return error
        }
    }

    private var label: RequestLabel { RequestLabel(method: "GET", url: detailURL) }

    func testSampleBodyDecodesThroughTheClient() async throws {
        let body = try String(decoding: WireTestSupport.sample("detail-seed-example.json"), as: UTF8.self)
        let error = try await detailError(status: 200, contentType: "application/json; charset=utf-8", body: body)
        XCTAssertNil(error)
    }

    func testBodyThatIsNotJSONNamesTheEndpointAndStatus() async throws {
        let error = try await detailError(status: 200, contentType: "application/json", body: "oops {")
        XCTAssertEqual(error, .badResponse(label, status: 200, reason: "the body is not valid JSON"))
        XCTAssertEqual(error?.description,
                       "The answer to GET \(detailURL) (HTTP 200) is not usable: the body is not valid JSON. "
                       + "'trace on' shows it; check 'endpoint' if it is not the patching API.")
    }

    func testHTMLPageLabelledJSONIsCalledAnHTMLPage() async throws {
        let error = try await detailError(status: 200, contentType: "application/json", body: "  <html>oops</html>")
        XCTAssertEqual(error?.description, "The answer to GET \(detailURL) (HTTP 200) is not usable: "
            + "expected JSON but got an HTML page (a proxy or gateway error?). "
            + "'trace on' shows it; check 'endpoint' if it is not the patching API.")
    }

    func testInvalidUTF8NamesTheByte() async throws {
        let headers = ["Content-Type": "application/json"]
        let body = Data(#"{"execution_id": ""#.utf8) + Data([0x41, 0xC3, 0x28]) + Data(#""}"#.utf8)
        let exchange = HTTPExchange(status: 200, headers: headers, body: body)
        XCTAssertThrowsError(try ResponseDecoder.decode(WireDetail.self, exchange, label: label, subject: "x")) { error in
            XCTAssertEqual(error as? PatchError, .badResponse(label, status: 200, reason: "the body is not valid UTF-8 (at byte 19)"))
        }
    }

    func testBodyOfTheWrongShapeNamesTheMissingField() async throws {
        let error = try await detailError(status: 200, contentType: "application/json", body: #"{"status": "completed"}"#)
        XCTAssertEqual(error, .badResponse(label, status: 200, reason: "the field 'execution_id' is missing in the body"))
    }

    func testNonJSONContentTypeIsRefusedBeforeDecoding() async throws {
        let error = try await detailError(status: 200, contentType: "text/html", body: "{}")
        XCTAssertEqual(error, .badResponse(label, status: 200, reason: "expected JSON but got 'text/html'"))
    }

    func testEmptyBodyIsAClearError() async throws {
        let error = try await detailError(status: 200, contentType: "application/json", body: "")
        XCTAssertEqual(error, .badResponse(label, status: 200, reason: "the body is empty"))
    }

    func testErrorStatusesMapToTheirCasesWithTheAPIMessage() async throws {
        let message = #"{"message": "Authorization has been denied for this request."}"#
        let unauthorized = try await detailError(status: 401, contentType: "application/json", body: message)
        XCTAssertEqual(unauthorized, .unauthorized(label, status: 401, message: "Authorization has been denied for this request."))
        let missing = try await detailError(status: 404, contentType: "application/json", body: #"{"message": "no such"}"#)
        XCTAssertEqual(missing, .notFound(label, subject: "Execution 'VA1-132457' of server 'VA1OSDPATCH33' in account 'OSD'",
                                          message: "no such"))
        let broken = try await detailError(status: 503, contentType: "text/html", body: "<h1>down</h1>")
        XCTAssertEqual(broken, .httpStatus(label, status: 503, message: "a 13-byte non-JSON body (text/html)"))
    }

    func testCallsWithoutATokenAreRefusedLocally() async throws {
        let transport = CannedTransport(exchange: HTTPExchange(status: 200, headers: [:], body: Data("[]".utf8)))
        let client = PatchClient(endpoints: Endpoints(api: base, patching: base), transport: transport, userAgent: "test")
        do {
            _ = try await client.executions(alias: AccountAlias("OSD"), server: ServerID("VA1OSDPATCH33"))
            XCTFail("expected notLoggedIn")
        } catch {
            XCTAssertEqual(error, .notLoggedIn)
        }
    }
}

/// JSONDecoder's Swift-typed wording is translated into words about JSON.
final class DecodingProblemWordingTests: XCTestCase {
    func testSwiftTypeNamesBecomeJSONWords() {
        XCTAssertEqual(DecodingProblem.plainShape("Expected to decode Array<Any> but found a dictionary instead."),
                       "expected a list, found an object")
        XCTAssertEqual(DecodingProblem.plainShape("Expected to decode String but found a number instead."),
                       "expected a string, found a number")
        XCTAssertEqual(DecodingProblem.plainShape("'patches' is neither a list of patch objects nor a number"),
                       "'patches' is neither a list of patch objects nor a number")
    }
}
