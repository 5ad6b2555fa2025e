@testable import PatchShell
import XCTest

/// Statements, separators, comments, continuations, redirections and blocks.
final class ParserStatementTests: XCTestCase {
    func testSemicolonAndNewlineBothEndAStatement() {
        XCTAssertEqual(SyntaxShape.statements("echo a; echo b\necho c;;\n\n;echo d"), ["echo a", "echo b", "echo c", "echo d"])
    }

    func testCommentsRunToTheEndOfTheLine() {
        XCTAssertEqual(SyntaxShape.statements("# heading\necho a # trailing; echo not-run\n  # indented\necho b"),
                       ["echo a", "echo b"])
    }

    func testTrailingBackslashContinuesTheLine() {
        XCTAssertEqual(SyntaxShape.statements("patches \\\n  --failed \\\n  --format csv\necho next"),
                       ["patches --failed --format csv", "echo next"])
        XCTAssertEqual(SyntaxShape.statements("ec\\\nho joined"), ["echo joined"])
    }

    func testContinuationKeepsLineNumbersOfLaterWords() {
        let words = SyntaxShape.words("patches \\\n  --failed")
        XCTAssertEqual(words.map { [$0.location.line, $0.location.column] }, [[1, 1], [2, 3]])
    }

    func testRedirectionReplacesOrAppends() {
        XCTAssertEqual(SyntaxShape.statements("patches --format csv > out.csv\necho done >> log.txt"),
                       ["patches --format csv > out.csv", "echo done >> log.txt"])
        guard case .command(let command) = SyntaxShape.parse("echo a >> 'my log'").0.statements.first else {
            return XCTFail("not a command")
        }
        XCTAssertEqual(command.redirect?.append, true)
        XCTAssertEqual(command.redirect.map { SyntaxShape.render($0.target) }, "my log")
    }

    func testGreaterOrEqualIsAWordNotARedirection() {
        XCTAssertEqual(SyntaxShape.statements("echo >= x"), ["echo >= x"])
    }

    func testIfElifElseEnd() {
        let source = """
            if $x == 1
              echo one
            elif $x == 2
              echo two
            else
              echo many
              echo more
            end
            """
        XCTAssertEqual(SyntaxShape.statements(source),
                       ["if (${x} == 1) { echo one } elif (${x} == 2) { echo two } else { echo many; echo more }"])
    }

    func testIfOnOneLineWithSemicolons() {
        XCTAssertEqual(SyntaxShape.statements("if true; echo yes; end; echo after"), ["if `true` { echo yes }", "echo after"])
    }

    func testForInEnd() {
        XCTAssertEqual(SyntaxShape.statements("for s in VA1OSDPATCH33 \"$list\" $(echo x)\n  use $s\nend"),
                       ["for s in VA1OSDPATCH33 ${list} $(echo x) { use ${s} }"])
        XCTAssertEqual(SyntaxShape.statements("for s in; end"), ["for s in {  }"])
    }

    func testWhileEndWithBreakAndContinue() {
        let source = """
            while $i < 3
              if $i == 1; continue; end
              if $i >= 2
                break
              end
            end
            """
        XCTAssertEqual(SyntaxShape.statements(source),
                       ["while (${i} < 3) { if (${i} == 1) { continue }; if (${i} >= 2) { break } }"])
    }

    func testBlocksNest() {
        XCTAssertEqual(SyntaxShape.statements("for a in 1 2\n for b in 3\n  if true\n   echo $a$b\n  end\n end\nend"),
                       ["for a in 1 2 { for b in 3 { if `true` { echo ${a}${b} } } }"])
    }

    func testQuotedKeywordIsAnOrdinaryWord() {
        XCTAssertEqual(SyntaxShape.statements("'if' x\necho end"), ["if x", "echo end"])
    }

    func testStatementLocationsAreTheirFirstWord() {
        let (script, _) = SyntaxShape.parse("echo a\n  for x in 1\n  end")
        guard case .forLoop(_, _, _, let location) = script.statements[1] else { return XCTFail("not a for loop") }
        XCTAssertEqual(location, SourceLocation(origin: SyntaxShape.origin, line: 2, column: 3))
    }

    func testEmptySourceHasNoStatements() {
        XCTAssertEqual(SyntaxShape.statements(""), [])
        XCTAssertEqual(SyntaxShape.statements("\n\n  # only a comment\n"), [])
    }
}
