@testable import PatchShell
import XCTest

/// How the lexer builds words: quotes, escapes, variables and substitutions.
final class LexerWordTests: XCTestCase {
    private func parts(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [[WordPart]] {
        SyntaxShape.words(source, file: file, line: line).map(\.parts)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(origin: SyntaxShape.origin, line: line, column: column)
    }

    func testBareWordsAreSplitOnBlanksAndKeepTheirText() {
        let words = SyntaxShape.words("echo  hello\tworld")
        XCTAssertEqual(words.map(\.bareText), ["echo", "hello", "world"])
        XCTAssertEqual(words.map(\.isQuoted), [false, false, false])
        XCTAssertEqual(words.map(\.location.column), [1, 7, 13])
    }

    func testSingleQuotesKeepEverythingLiterally() {
        let words = SyntaxShape.words(#"echo 'a b $x \n "q"'"#)
        XCTAssertEqual(words[1].parts, [.literal(#"a b $x \n "q""#)])
        XCTAssertTrue(words[1].isQuoted)
        XCTAssertNil(words[1].bareText, "a quoted word is never a keyword")
    }

    func testEmptyQuotesGiveAnEmptyWord() {
        XCTAssertEqual(parts("echo '' \"\""), [[.literal("echo")], [.literal("")], [.literal("")]])
    }

    func testDoubleQuotesExpandVariablesAndJoinBlanks() {
        XCTAssertEqual(parts(#"echo "a $x b""#)[1],
                       [.literal("a "), .variable(name: "x", fallback: nil, location: location(1, 9)), .literal(" b")])
    }

    func testDoubleQuoteEscapes() {
        XCTAssertEqual(parts(#"echo "q\"q \\ \$x \n\t\r \d""#)[1], [.literal("q\"q \\ $x \n\t\r \\d")])
    }

    func testBackslashOutsideQuotesEscapesOneCharacter() {
        let words = SyntaxShape.words(#"echo a\ b \$x \'"#)
        XCTAssertEqual(words.map(\.parts), [[.literal("echo")], [.literal("a b")], [.literal("$x")], [.literal("'")]])
        XCTAssertTrue(words[1].isQuoted)
    }

    func testAdjacentPiecesMakeOneWord() {
        XCTAssertEqual(SyntaxShape.statements(#"echo pre'fix'"$x"post"#), ["echo prefix${x}post"])
    }

    func testEveryVariableForm() {
        XCTAssertEqual(SyntaxShape.statements("echo $name ${name} ${name:-default} $? $1 $@ $# $_under9"),
                       ["echo ${name} ${name} ${name:-default} ${?} ${1} ${@} ${#} ${_under9}"])
    }

    func testVariableNameEndsAtTheFirstNonNameCharacter() {
        XCTAssertEqual(SyntaxShape.statements("echo $server-01 $a.b ${x}y"), ["echo ${server}-01 ${a}.b ${x}y"])
    }

    func testDefaultMayHoldBlanksAndVariables() {
        let words = SyntaxShape.words("echo ${server:-VA1 $alias}")
        XCTAssertEqual(words.count, 2)
        XCTAssertEqual(SyntaxShape.render(words[1]), "${server:-VA1 ${alias}}")
    }

    func testLoneDollarIsLiteral() {
        XCTAssertEqual(parts("echo $ a$ $-"), [[.literal("echo")], [.literal("$")], [.literal("a$")], [.literal("$-")]])
    }

    func testVariableLocationIsItsDollar() {
        guard case .variable(_, _, let where_) = parts("echo   ${x:-y}")[1][0] else { return XCTFail("not a variable") }
        XCTAssertEqual(where_, location(1, 8))
    }

    func testSubstitutionHoldsAParsedScript() {
        XCTAssertEqual(SyntaxShape.statements("execution $(executions --last 1 --format plain)"),
                       ["execution $(executions --last 1 --format plain)"])
        XCTAssertEqual(SyntaxShape.statements(#"echo "id: $(echo a; echo b)!""#), ["echo id: $(echo a; echo b)!"])
    }

    func testSubstitutionsNest() {
        XCTAssertEqual(SyntaxShape.statements("echo $(echo $(echo x) y)z"), ["echo $(echo $(echo x) y)z"])
    }

    func testQuotedOrBalancedParenthesisDoesNotEndASubstitution() {
        XCTAssertEqual(SyntaxShape.statements(#"echo $(echo "a)b" ( c ) )"#), ["echo $(echo a)b ( c ))"])
    }

    func testSubstitutionSpansLines() {
        XCTAssertEqual(SyntaxShape.statements("echo $(\n  echo a\n  echo b\n)"), ["echo $(echo a; echo b)"])
    }

    func testHashInsideAWordIsNotAComment() {
        XCTAssertEqual(SyntaxShape.statements("echo a#b '#c' # the rest"), ["echo a#b #c"])
    }
}
