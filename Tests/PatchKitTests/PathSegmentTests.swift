@testable import PatchKit
import XCTest

/// `PathSegment.encode` keeps any text to exactly one URL path segment.
final class PathSegmentTests: XCTestCase {
    private func assertOneSegment(_ encoded: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(encoded.contains("/"), "'\(encoded)' contains a slash", file: file, line: line)
        XCTAssertNotEqual(encoded, ".", file: file, line: line)
        XCTAssertNotEqual(encoded, "..", file: file, line: line)
        XCTAssertTrue(encoded.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 }, encoded, file: file, line: line)
    }

    func testUnreservedCharactersAreKept() {
        XCTAssertEqual(PathSegment.encode("VA1-132457"), "VA1-132457")
        XCTAssertEqual(PathSegment.encode("a.b_c~d"), "a.b_c~d")
    }

    func testSlashIsEncodedSoTheTextStaysOneSegment() {
        XCTAssertEqual(PathSegment.encode("a/b"), "a%2Fb")
        XCTAssertEqual(PathSegment.encode("../x"), "..%2Fx")
        assertOneSegment(PathSegment.encode("../x"))
    }

    func testDotSegmentsAreEncoded() {
        XCTAssertEqual(PathSegment.encode(".."), "%2E%2E")
        XCTAssertEqual(PathSegment.encode("."), "%2E")
    }

    func testPercentSpacesAndDelimitersAreEncoded() {
        XCTAssertEqual(PathSegment.encode("%"), "%25")
        XCTAssertEqual(PathSegment.encode("%2F"), "%252F")
        XCTAssertEqual(PathSegment.encode("a b"), "a%20b")
        XCTAssertEqual(PathSegment.encode("a?b#c&d"), "a%3Fb%23c%26d")
    }

    func testNonASCIIIsEncodedAsUTF8Bytes() {
        XCTAssertEqual(PathSegment.encode("é"), "%C3%A9")
        XCTAssertEqual(PathSegment.encode("日"), "%E6%97%A5")
    }

    func testEveryAwkwardInputGivesOneSegment() {
        for text in ["a/b", "..", ".", "%", " ", "a b/c", "é/ü", "\n", "//", "?x=1"] {
            assertOneSegment(PathSegment.encode(text))
        }
    }
}
