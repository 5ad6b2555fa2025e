import Foundation
import PatchSim
import XCTest

final class HTTPRequestParserTests: XCTestCase {
    private let parser = HTTPRequestParser()

    private func parse(_ text: String) -> HTTPRequestParser.Result { parser.parse(Array(text.utf8)) }

    func testParsesRequestLineHeadersAndBody() throws {
        let text = "POST /v2/authentication/login HTTP/1.1\r\nHost: x\r\nContent-Length:  4 \r\n\r\nabcdEXTRA"
        guard case .complete(let request, let consumed) = parse(text) else { return XCTFail("\(parse(text))") }
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.target, "/v2/authentication/login")
        XCTAssertEqual(request.version, .http11)
        XCTAssertEqual(request.header("content-length"), "4")
        XCTAssertEqual(request.body, Data("abcd".utf8))
        XCTAssertEqual(consumed, text.utf8.count - "EXTRA".utf8.count)
    }

    func testIncompleteHeadersAndBodyAskForMore() {
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nHost: x\r\n"), .incomplete)
        guard case .awaitingBody(let head) = parse("POST /p HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc") else {
            return XCTFail("a complete head should be reported")
        }
        XCTAssertEqual(head.target, "/p")
        XCTAssertEqual(head.body, Data())
        XCTAssertEqual(parse(""), .incomplete)
        XCTAssertEqual(parse("GE"), .incomplete)
    }

    func testLeadingBlankLinesAreSkipped() {
        guard case .complete(let request, _) = parse("\r\n\r\nGET /x HTTP/1.1\r\n\r\n") else { return XCTFail() }
        XCTAssertEqual(request.target, "/x")
    }

    func testAbsoluteFormTargetBecomesAPath() {
        guard case .complete(let request, _) = parse("GET http://127.0.0.1:8080/a/b?c HTTP/1.1\r\n\r\n") else {
            return XCTFail()
        }
        XCTAssertEqual(request.target, "/a/b?c")
        XCTAssertEqual(request.path, "/a/b")
    }

    func testMalformedRequestsFailWithTheRightError() {
        XCTAssertEqual(parse("GET /\r\n\r\n"), .failure(.malformedRequestLine))
        XCTAssertEqual(parse("GET  / HTTP/1.1\r\n\r\n"), .failure(.malformedRequestLine))
        XCTAssertEqual(parse("GET / HTTP/x\r\n\r\n"), .failure(.malformedRequestLine))
        XCTAssertEqual(parse("GET nopath HTTP/1.1\r\n\r\n"), .failure(.malformedRequestLine))
        XCTAssertEqual(parse("G(T / HTTP/1.1\r\n\r\n"), .failure(.malformedRequestLine))
        XCTAssertEqual(parse("GET / HTTP/2.0\r\n\r\n"), .failure(.unsupportedVersion))
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nNo colon\r\n\r\n"), .failure(.malformedHeader))
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nName : v\r\n\r\n"), .failure(.malformedHeader))
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n"), .failure(.malformedHeader))
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nA: b\u{0}c\r\n\r\n"), .failure(.malformedHeader))
    }

    func testContentLengthRules() {
        XCTAssertEqual(parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), .failure(.invalidContentLength))
        XCTAssertEqual(parse("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n"), .failure(.invalidContentLength))
        XCTAssertEqual(
            parse("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"), .failure(.invalidContentLength))
        XCTAssertEqual(parse("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n"), .failure(.bodyTooLarge))
        XCTAssertEqual(
            parse("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n"), .failure(.bodyTooLarge))
        guard case .complete(let request, _) = parse("POST / HTTP/1.1\r\nContent-Length: 0002\r\n\r\nab") else {
            return XCTFail()
        }
        XCTAssertEqual(request.body.count, 2)
    }

    func testTransferEncodingIsRefused() {
        XCTAssertEqual(
            parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), .failure(.unsupportedTransferEncoding))
    }

    func testHeaderLimits() {
        let big = "GET / HTTP/1.1\r\nX: \(String(repeating: "a", count: 16 * 1024))"
        XCTAssertEqual(parse(big), .failure(.headersTooLarge))
        let many = "GET / HTTP/1.1\r\n" + String(repeating: "A: b\r\n", count: 101) + "\r\n"
        XCTAssertEqual(parse(many), .failure(.headersTooLarge))
    }

    func testKeepAliveFollowsVersionAndConnectionHeader() {
        XCTAssertTrue(SimRequest(method: "GET", target: "/").wantsKeepAlive)
        XCTAssertFalse(SimRequest(method: "GET", target: "/", headers: [SimHeader("Connection", "Close")]).wantsKeepAlive)
        XCTAssertFalse(SimRequest(method: "GET", target: "/", version: .http10).wantsKeepAlive)
        XCTAssertTrue(
            SimRequest(method: "GET", target: "/", version: .http10, headers: [SimHeader("connection", "Keep-Alive")])
                .wantsKeepAlive)
    }

    /// The parser is fed arbitrary bytes by every client; it must answer, never trap.
    func testRandomBytesNeverCrashTheParser() {
        var random = SplitMix64(seed: 0x5EED)
        let valid = Array("POST /v2/authentication/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".utf8)
        let alphabet = Array("GET /\r\n: HTTP/1.1 Content-Length0123456789-\t".utf8)
        // PATCHSIM_FUZZ_ITERATIONS lets a longer run be made by hand; the default keeps CI quick.
        let iterations = ProcessInfo.processInfo.environment["PATCHSIM_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 3000
        for iteration in 0..<iterations {
            var bytes: [UInt8]
            switch iteration % 3 {
            case 0:  // pure noise
                bytes = (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case 1:  // noise from HTTP's own alphabet, which gets further into the parser
                bytes = (0..<Int(random.next() % 300)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            default:  // a valid request, mutated and truncated
                bytes = valid
                for _ in 0..<Int(random.next() % 4) {
                    bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
                }
                bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
            }
            if case .complete(_, let consumed) = parser.parse(bytes) {
                XCTAssertLessThanOrEqual(consumed, bytes.count)
                XCTAssertGreaterThan(consumed, 0)
            }
        }
    }

    func testRandomTargetsNeverCrashTheRouter() {
        var random = SplitMix64(seed: 42)
        let router = SimRouter()
        let pieces = ["/", "rest", "servers", "OSD", "server", "VA1OSDPATCH33", "patch", "%", "%zz", "%2F", "v2", "..", ""]
        for _ in 0..<1000 {
            let target = "/" + (0..<Int(random.next() % 9)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: "/")
            let status = router.handle(SimRequest(method: "GET", target: target)).status
            XCTAssertTrue([400, 401, 404, 405].contains(status), "\(target) -> \(status)")
        }
    }
}
