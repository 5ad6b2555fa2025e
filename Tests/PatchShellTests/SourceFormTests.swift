@testable import PatchShell
import XCTest

/// CRLF line ends, a UTF-8 byte-order mark, a `#!` line and a missing final newline change nothing.
final class SourceFormTests: XCTestCase {
    private let clean = """
        set x 1
        if $x == 1
          echo "one $x" \\
            again
        end
        for s in a b; echo $s; end

        """

    func testCRLFGivesTheSameScriptAsLF() {
        let crlf = clean.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(SyntaxShape.parse(crlf).1, [])
        XCTAssertEqual(SyntaxShape.parse(crlf).0, SyntaxShape.parse(clean).0, "same statements and positions")
    }

    func testByteOrderMarkIsIgnored() {
        XCTAssertEqual(SyntaxShape.parse("\u{FEFF}" + clean).1, [])
        XCTAssertEqual(SyntaxShape.parse("\u{FEFF}" + clean).0, SyntaxShape.parse(clean).0, "same statements and positions")
    }

    func testShebangLineIsAComment() {
        let script = "#!/usr/bin/env patchsh\n" + clean
        XCTAssertEqual(SyntaxShape.statements(script), SyntaxShape.statements(clean))
    }

    func testMissingFinalNewlineChangesNothing() {
        let unterminated = String(clean.dropLast())
        XCTAssertFalse(unterminated.hasSuffix("\n"))
        XCTAssertEqual(SyntaxShape.parse(unterminated).1, [])
        XCTAssertEqual(SyntaxShape.parse(unterminated).0, SyntaxShape.parse(clean).0)
    }

    func testAllFormsTogether() {
        let messy = "\u{FEFF}#!/usr/bin/env patchsh\r\n" + String(clean.dropLast()).replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(SyntaxShape.statements(messy), SyntaxShape.statements(clean))
        XCTAssertEqual(SyntaxShape.statements(clean).count, 3)
    }

    func testCRLFKeepsColumnsOfErrors() {
        XCTAssertEqual(SyntaxShape.errors("echo ok\r\necho 'open\r\n"), ["2:6: unterminated single quote"])
    }

    func testNonASCIITextCountsOneColumnPerCharacter() {
        XCTAssertEqual(SyntaxShape.errors("echo é 'x"), ["1:8: unterminated single quote"])
    }

    func testLineBreakInsideQuotesIsLFInACRLFFile() {
        let crlf = SyntaxShape.statements("echo 'a\r\nb' \"c\r\nd\"\r\n")
        XCTAssertEqual(crlf, SyntaxShape.statements("echo 'a\nb' \"c\nd\"\n"))
        XCTAssertEqual(SyntaxShape.words("echo 'a\r\nb'")[1].parts, [.literal("a\nb")])
    }
}
