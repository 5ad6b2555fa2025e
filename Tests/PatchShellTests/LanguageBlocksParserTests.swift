@testable import PatchShell
import XCTest

/// The grammar added for functions, `try`, `assert`, block redirection, and the pieces behind `like` and `math`.
final class LanguageBlocksParserTests: XCTestCase {
    private func parse(_ source: String) -> (Script, [String]) {
        let (script, diagnostics) = Parser.parse(source, origin: "t")
        return (script, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })
    }

    func testFunctionDefinitionKeepsItsNameAndBody() {
        let (script, errors) = parse("function check-server\n  echo $1\nend\n")
        XCTAssertEqual(errors, [])
        guard case .function(let definition)? = script.statements.first else { return XCTFail("\(script)") }
        XCTAssertEqual(definition.name, "check-server")
        XCTAssertEqual(definition.nameLocation.column, 10)
        XCTAssertEqual(definition.body.count, 1)
    }

    func testTryWithNamedCatch() {
        let (script, errors) = parse("try\n  false\ncatch failure\n  echo $failure\nend")
        XCTAssertEqual(errors, [])
        guard case .tryBlock(let body, let name, let handler, _)? = script.statements.first else { return XCTFail("\(script)") }
        XCTAssertEqual([body.count, handler.count], [1, 1])
        XCTAssertEqual(name, "failure")
    }

    func testCatchNeedsAVariableName() {
        XCTAssertEqual(parse("try\ncatch 'x y'\nend").1, ["2:7: expected a variable name after 'catch', not '…'"])
    }

    func testAssertTakesOneMessageWordAfterTheCondition() {
        let (script, errors) = parse("assert $n == 0 \"none failed\"")
        XCTAssertEqual(errors, [])
        guard case .assertion(.comparison(_, .equal, _), let message?, _)? = script.statements.first else {
            return XCTFail("\(script)")
        }
        XCTAssertEqual(message.literalText, "none failed")
        XCTAssertEqual(parse("assert 1 == 1 a b").1, ["1:15: unexpected 'a' in the assertion; quote the message as one word"])
    }

    func testEndOfABlockCanRedirect() {
        let (script, errors) = parse("for i in 1 2\n  echo $i\nend >> out.txt")
        XCTAssertEqual(errors, [])
        guard case .redirected(.forLoop, let redirect)? = script.statements.first else { return XCTFail("\(script)") }
        XCTAssertEqual(redirect.target.literalText, "out.txt")
        XCTAssertTrue(redirect.append)
    }

    func testParenthesesNeedNoSpaces() {
        let (script, errors) = parse("if not ($a == 1 or false)\nend")
        XCTAssertEqual(errors, [])
        guard case .conditional(let branches, _, _)? = script.statements.first,
              case .not(.or(.comparison, .command))? = branches.first?.condition else { return XCTFail("\(script)") }
    }

    func testEnvironmentVariablesAreOneName() {
        let (script, _) = parse("echo $env.HOME ${env.USER:-x}")
        guard case .command(let invocation)? = script.statements.first else { return XCTFail() }
        let names = invocation.words.dropFirst().compactMap { word -> String? in
            if case .variable(let name, _, _)? = word.parts.first { return name } else { return nil }
        }
        XCTAssertEqual(names, ["env.HOME", "env.USER"])
    }

    func testStrayElseInsideALoopIsNamed() {
        XCTAssertEqual(parse("for x in 1\n  else\nend").1, ["2:3: 'else' without a matching 'if'"])
    }

    func testGlobPatterns() {
        XCTAssertTrue(GlobPattern("VA1-*").matches("VA1-133050"))
        XCTAssertTrue(GlobPattern("*\trunning\t*").matches("VA1-1\trunning\t2016"))
        XCTAssertTrue(GlobPattern("a?c").matches("abc"))
        XCTAssertFalse(GlobPattern("a?c").matches("ac"))
        XCTAssertTrue(GlobPattern("a\\*").matches("a*"))
        XCTAssertFalse(GlobPattern("a\\*").matches("ab"))
        XCTAssertTrue(GlobPattern("*a*b*").matches("xxaxxbxx"))
        XCTAssertFalse(GlobPattern("*a*b").matches("xxbxxa"))
    }

    func testMathPrecedenceAndErrors() throws {
        var expression = MathExpression("2 + 3 * (4 - 1) % 5 - -1")
        XCTAssertEqual(try expression.evaluate(), 2 + (3 * 3) % 5 + 1)
        var overflow = MathExpression("9223372036854775807 + 1")
        XCTAssertThrowsError(try overflow.evaluate()) { error in
            XCTAssertEqual((error as? ShellError)?.message, "'math 9223372036854775807 + 1': the result does not fit in 64 bits.")
        }
    }

    @MainActor func testStaticCheckerFindsFunctionsDefinedLaterAndRejectsUnknownNames() {
        let (script, _) = Parser.parse("greet x\nfunction greet\nend\ngret y\n", origin: "t")
        var checker = StaticChecker(registry: .standard, definedFunctions: [], directory: nil)
        XCTAssertEqual(checker.check(script).map(\.description), ["t:4:1: error: Unknown command 'gret'. Did you mean 'greet'?"])
    }

    @MainActor func testStaticCheckerLeavesCommandNamesToRunTimeWhenASourcePathIsNotLiteral() {
        let (script, _) = Parser.parse("source $1\nfrom-library\n", origin: "t")
        var checker = StaticChecker(registry: .standard, definedFunctions: [], directory: nil)
        XCTAssertEqual(checker.check(script), [])
    }
}
