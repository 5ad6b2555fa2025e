@testable import PatchShell
import XCTest

/// Conditions of `if`, `elif` and `while`: comparisons, commands, not/and/or and parentheses.
final class ConditionParserTests: XCTestCase {
    /// The rendered condition of `if CONDITION; end`.
    private func condition(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let (script, diagnostics) = SyntaxShape.parse("if \(text)\nend")
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        guard case .conditional(let branches, _, _)? = script.statements.first else { return nil }
        return SyntaxShape.render(branches[0].condition)
    }

    func testEveryComparisonOperator() {
        XCTAssertEqual(condition("$status == completed"), "(${status} == completed)")
        XCTAssertEqual(condition("$status != failed"), "(${status} != failed)")
        XCTAssertEqual(condition("$n < 3"), "(${n} < 3)")
        XCTAssertEqual(condition("$n <= 3"), "(${n} <= 3)")
        XCTAssertEqual(condition("$n > 3"), "(${n} > 3)")
        XCTAssertEqual(condition("$n >= 3"), "(${n} >= 3)")
        XCTAssertEqual(condition("$? == 0"), "(${?} == 0)")
    }

    func testComparedValuesMayBeQuotedOrSubstituted() {
        XCTAssertEqual(condition(#""$a b" == $(echo x)"#), "(${a} b == $(echo x))")
        XCTAssertEqual(condition("'' == ''"), "( == )")
    }

    func testAnythingElseIsACommand() {
        XCTAssertEqual(condition("true"), "`true`")
        XCTAssertEqual(condition("executions --status failed --last 1"), "`executions --status failed --last 1`")
    }

    func testQuotedOperatorIsAnArgumentNotAComparison() {
        XCTAssertEqual(condition(#"echo "==" x"#), "`echo == x`")
    }

    func testNotBindsTighterThanAndWhichBindsTighterThanOr() {
        XCTAssertEqual(condition("not a and b or c"), "((not `a` and `b`) or `c`)")
        XCTAssertEqual(condition("a or b and c"), "(`a` or (`b` and `c`))")
        XCTAssertEqual(condition("not not $x == 1"), "not not (${x} == 1)")
    }

    func testAndOrChainToTheLeft() {
        XCTAssertEqual(condition("a and b and c"), "((`a` and `b`) and `c`)")
        XCTAssertEqual(condition("a or b or c"), "((`a` or `b`) or `c`)")
    }

    func testParenthesesGroup() {
        XCTAssertEqual(condition("not ( a or b )"), "not (`a` or `b`)")
        XCTAssertEqual(condition("$x == 1 and ( $y != 2 or not z )"), "((${x} == 1) and ((${y} != 2) or not `z`))")
        XCTAssertEqual(condition("( ( $x < 1 ) )"), "(${x} < 1)")
    }

    func testWhileAndElifTakeTheSameConditions() {
        XCTAssertEqual(SyntaxShape.statements("while not $done == yes and $n < 5; end"),
                       ["while (not (${done} == yes) and (${n} < 5)) {  }"])
        XCTAssertEqual(SyntaxShape.statements("if false; elif ( true ); end"), ["if `false` {  } elif `true` {  }"])
    }

    func testConditionErrorsArePlaced() {
        XCTAssertEqual(SyntaxShape.errors("if\nend"), ["1:1: expected a condition after 'if'"])
        XCTAssertEqual(SyntaxShape.errors("if $x ==\nend"), ["1:7: expected a value on each side of '=='"])
        XCTAssertEqual(SyntaxShape.errors("if ( a\nend"), ["1:7: expected ')' to close the '(' at column 4"])
        XCTAssertEqual(SyntaxShape.errors("if a and\nend"), ["1:9: expected a condition"])
        XCTAssertEqual(SyntaxShape.errors("if a )\nend"), ["1:6: unexpected ')' in the condition"])
        XCTAssertEqual(SyntaxShape.errors("while $x >> 3\nend"),
                       ["1:10: a condition cannot redirect output; compare with '>' as 'a > b'"])
    }
}
