@testable import PatchShell
import XCTest

/// RFC 4180 CSV: quoting where needed, doubled quotes, CRLF line ends.
final class CSVTests: XCTestCase {
    func testPlainFieldsAreNotQuoted() {
        XCTAssertEqual(CSV.field("KB3135998"), "KB3135998")
        XCTAssertEqual(CSV.field(""), "")
        XCTAssertEqual(CSV.field("a b; c"), "a b; c")
    }

    func testCommaQuoteAndLineBreaksAreQuoted() {
        XCTAssertEqual(CSV.field("4.6, and 4.6.1"), "\"4.6, and 4.6.1\"")
        XCTAssertEqual(CSV.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSV.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CSV.field("cr\rhere"), "\"cr\rhere\"")
        XCTAssertEqual(CSV.field("\""), "\"\"\"\"")
    }

    func testNonASCIIIsKept() {
        XCTAssertEqual(CSV.field("Mise à jour ✓"), "Mise à jour ✓")
    }

    func testDocumentEndsEveryLineWithCRLF() {
        let document = CSV.document(header: ["kb", "title"], rows: [["KB1", "a, b"], ["KB2", "x"]])
        XCTAssertEqual(document, "kb,title\r\nKB1,\"a, b\"\r\nKB2,x\r\n")
    }

    func testHeaderOnlyDocument() {
        XCTAssertEqual(CSV.document(header: ["id"], rows: []), "id\r\n")
    }

    func testListingRendersCSVWithoutTerminalFlattening() throws {
        let listing = Listing(fields: [Field("id", "ID"), Field("note", "NOTE")],
                              records: [[.string("VA1-1"), .string("line1\nline2")]])
        XCTAssertEqual(try ListingRenderer.render(listing, RenderContext(format: .csv), command: "test"),
                       "id,note\r\nVA1-1,\"line1\nline2\"\r\n")
    }
}
