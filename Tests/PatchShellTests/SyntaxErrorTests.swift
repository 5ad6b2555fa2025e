@testable import PatchShell
import XCTest

/// Syntax errors name their exact place, and the parser recovers so one run reports them all.
final class SyntaxErrorTests: XCTestCase {
    func testUnterminatedSingleQuoteIsReportedAtTheOpeningQuote() {
        XCTAssertEqual(SyntaxShape.errors("echo ok\nset x 1\necho 'abc\necho more\n"), ["3:6: unterminated single quote"])
    }

    func testUnterminatedDoubleQuoteIsReportedAtTheOpeningQuote() {
        XCTAssertEqual(SyntaxShape.errors("echo a\n  echo x \"abc $y"), ["2:10: unterminated double quote"])
    }

    func testDiagnosticRendersWithOriginLineAndColumn() {
        let diagnostics = SyntaxShape.parse("echo ok\necho \"open").1
        XCTAssertEqual(diagnostics.map(\.description), ["test.patchsh:2:6: error: unterminated double quote"])
    }

    func testIfWithoutEndNamesItsLine() {
        XCTAssertEqual(SyntaxShape.errors("echo a\nif true\n  echo b\n"), ["2:1: 'if' on line 2 has no matching 'end'"])
    }

    func testForAndWhileWithoutEndNameTheirLines() {
        XCTAssertEqual(SyntaxShape.errors("\n\n  for x in a b\n  echo $x"), ["3:3: 'for' on line 3 has no matching 'end'"])
        XCTAssertEqual(SyntaxShape.errors("while true\n"), ["1:1: 'while' on line 1 has no matching 'end'"])
    }

    func testEndWithoutOpenerIsReported() {
        XCTAssertEqual(SyntaxShape.errors("echo a\nend\necho b"), ["2:1: 'end' without a matching opening block"])
        XCTAssertEqual(SyntaxShape.errors("else"), ["1:1: 'else' without a matching opening block"])
    }

    func testTwoErrorsOnLinesTwoAndNineAreBothReported() {
        let source = """
            echo start
            echo a >
            echo ok
            set x 1
            if $x == 1
              echo yes
            end
            echo fine
            echo b > out c
            echo last
            """
        XCTAssertEqual(SyntaxShape.errors(source), [
            "2:8: expected a file name after '>'",
            "9:14: only one redirection target is allowed, found 'c'",
        ])
        XCTAssertEqual(SyntaxShape.parse(source).0.statements.map(SyntaxShape.render),
                       ["echo start", "echo ok", "set x 1", "if (${x} == 1) { echo yes }", "echo fine", "echo last"])
    }

    func testErrorsInsideBlocksAndAfterThemAreAllReported() {
        let source = "for s in a b\n  echo 'x\nend"
        XCTAssertEqual(SyntaxShape.errors(source), [
            "1:1: 'for' on line 1 has no matching 'end'",
            "2:8: unterminated single quote",
        ], "diagnostics come in source order")
        XCTAssertEqual(SyntaxShape.errors("if\nend\nfor 1x in a\nend\nbreak now"), [
            "1:1: expected a condition after 'if'",
            "3:5: expected a variable name after 'for'",
            "5:7: 'break' takes no arguments",
        ])
    }

    func testBreakWithAnArgumentIsAnError() {
        XCTAssertEqual(SyntaxShape.errors("while true\n  break extra\nend"), ["2:9: 'break' takes no arguments"])
        XCTAssertEqual(SyntaxShape.errors("continue 2"), ["1:10: 'continue' takes no arguments"])
    }

    func testForNeedsInAndANewLineBeforeItsBody() {
        XCTAssertEqual(SyntaxShape.errors("for x of a\nend"), ["1:7: expected 'in' after 'for x'"])
        XCTAssertEqual(SyntaxShape.errors("for x in a > f\nend"), ["1:12: expected a new line or ';' before the loop body"])
    }

    func testRedirectionErrors() {
        XCTAssertEqual(SyntaxShape.errors("echo a >"), ["1:8: expected a file name after '>'"])
        XCTAssertEqual(SyntaxShape.errors("echo a >> ;"), ["1:8: expected a file name after '>>'"])
        XCTAssertEqual(SyntaxShape.errors("> out"), ["1:1: expected a command before the redirection"])
    }

    func testVariableAndSubstitutionErrors() {
        XCTAssertEqual(SyntaxShape.errors("echo ${x:=y}"), ["1:10: expected ':-' after '${x' (the only form is ${name:-default})"])
        XCTAssertEqual(SyntaxShape.errors("echo ${x"), ["1:6: unterminated '${': expected '}'"])
        XCTAssertEqual(SyntaxShape.errors("echo ${a-b}"), ["1:6: 'a-b' is not a variable name"])
        XCTAssertEqual(SyntaxShape.errors("echo $(echo x\necho y"), ["1:6: unterminated '$(': expected ')'"])
    }

    func testErrorInsideASubstitutionKeepsItsPosition() {
        XCTAssertEqual(SyntaxShape.errors("echo $(echo 'x)"), ["1:6: unterminated '$(': expected ')'", "1:13: unterminated single quote"])
    }

    func testElseOrElifWhereNoIfCanTakeThemIsAnError() {
        XCTAssertEqual(SyntaxShape.errors("for x in a\n  else\nend"), ["2:3: 'else' without a matching 'if'"])
        XCTAssertEqual(SyntaxShape.errors("if a; else; elif b; end"), ["1:13: 'elif' without a matching 'if'"])
        XCTAssertEqual(SyntaxShape.errors("while a; elif b; end"), ["1:10: 'elif' without a matching 'if'"])
    }
}
