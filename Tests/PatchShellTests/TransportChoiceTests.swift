@testable import PatchShell
import PatchCurl
import PatchKit
import XCTest

/// `PATCHSH_TRANSPORT` picks the transport; libcurl unless it says `urlsession`.
final class TransportChoiceTests: XCTestCase {
    func testLibcurlIsTheDefaultAndURLSessionIsSelectable() {
        XCTAssertEqual(TransportChoice(environment: [:]), .curl)
        XCTAssertEqual(TransportChoice(environment: ["PATCHSH_TRANSPORT": "curl"]), .curl)
        XCTAssertEqual(TransportChoice(environment: ["PATCHSH_TRANSPORT": "urlsession"]), .urlSession)
        XCTAssertEqual(TransportChoice(environment: ["PATCHSH_TRANSPORT": "URLSession"]), .urlSession)
        XCTAssertTrue(TransportChoice.curl.makeTransport(timeouts: TransportTimeouts()) is CurlTransport)
        XCTAssertTrue(TransportChoice.urlSession.makeTransport(timeouts: TransportTimeouts()) is URLSessionTransport)
    }
}
