@testable import PatchShell
import XCTest

/// Parses source and renders the tree compactly, without locations, so tests can compare shapes.
enum SyntaxShape {
    static let origin = "test.patchsh"

    /// The script and diagnostics of a source text.
    static func parse(_ source: String) -> (Script, [SyntaxDiagnostic]) {
        Parser.parse(source, origin: origin)
    }

    /// One rendered line per top-level statement; fails the test when there are diagnostics.
    static func statements(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let (script, diagnostics) = parse(source)
        XCTAssertEqual(diagnostics, [], "unexpected syntax errors", file: file, line: line)
        return script.statements.map(render)
    }

    /// The words of the only command in `source`.
    static func words(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [Word] {
        let (script, diagnostics) = parse(source)
        XCTAssertEqual(diagnostics, [], "unexpected syntax errors", file: file, line: line)
        guard script.statements.count == 1, case .command(let command) = script.statements[0] else {
            XCTFail("expected one command, got \(script.statements.map(render))", file: file, line: line)
            return []
        }
        return command.words
    }

    /// The rendered messages with positions: `3:6: unterminated single quote`.
    static func errors(_ source: String) -> [String] {
        parse(source).1.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    static func render(_ statement: Statement) -> String {
        switch statement {
        case .command(let command):
            return render(command)
        case .conditional(let branches, let otherwise, _):
            var text = branches.enumerated().map { index, branch in
                (index == 0 ? "if " : " elif ") + render(branch.condition) + " " + block(branch.body)
            }.joined()
            if let otherwise { text += " else " + block(otherwise) }
            return text
        case .forLoop(let variable, let items, let body, _):
            return "for \(variable) in" + items.map { " " + render($0) }.joined() + " " + block(body)
        case .parallelLoop(let loop):
            return "for \(loop.variable) in" + loop.items.map { " " + render($0) }.joined() + " --jobs " + render(loop.jobs) + " " + block(loop.body)
        case .whileLoop(let condition, let body, _):
            return "while " + render(condition) + " " + block(body)
        case .breakLoop:
            return "break"
        case .continueLoop:
            return "continue"
        case .function(let definition):
            return "function \(definition.name) " + block(definition.body)
        case .returnFromFunction(let status, _):
            return "return" + (status.map { " " + render($0) } ?? "")
        case .tryBlock(let body, let errorName, let handler, _):
            return "try " + block(body) + " catch \(errorName) " + block(handler)
        case .assertion(let condition, let message, _):
            return "assert " + render(condition) + (message.map { " " + render($0) } ?? "")
        case .redirected(let statement, let redirect):
            return render(statement) + (redirect.append ? " >> " : " > ") + render(redirect.target)
        }
    }

    static func render(_ command: CommandInvocation) -> String {
        var text = command.words.map(render).joined(separator: " ")
        if let redirect = command.redirect { text += (redirect.append ? " >> " : " > ") + render(redirect.target) }
        return text
    }

    static func render(_ condition: Condition) -> String {
        switch condition {
        case .command(let command): return "`" + render(command) + "`"
        case .comparison(let left, let op, let right): return "(" + render(left) + " " + op.rawValue + " " + render(right) + ")"
        case .not(let inner): return "not " + render(inner)
        case .and(let left, let right): return "(" + render(left) + " and " + render(right) + ")"
        case .or(let left, let right): return "(" + render(left) + " or " + render(right) + ")"
        }
    }

    static func render(_ word: Word) -> String { render(word.parts) }

    static func render(_ parts: [WordPart]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): return text
            case .variable(let name, let fallback, _): return "${" + name + (fallback.map { ":-" + render($0) } ?? "") + "}"
            case .substitution(let script, _): return "$(" + script.statements.map(render).joined(separator: "; ") + ")"
            }
        }.joined()
    }

    private static func block(_ statements: [Statement]) -> String {
        "{ " + statements.map(render).joined(separator: "; ") + " }"
    }
}
