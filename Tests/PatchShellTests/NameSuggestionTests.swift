@testable import PatchShell
import XCTest

/// "Did you mean …?" hints for misspelt names.
final class NameSuggestionTests: XCTestCase {
    private let commands = CommandRegistry.standard.commands.map { $0.spec.name }

    func testTransposedLettersFindTheCommand() {
        XCTAssertEqual(NameSuggestion.nearest(to: "exectuions", in: commands), "executions")
        XCTAssertEqual(CommandRegistry.standard.suggestion(for: "exectuions"), "executions")
    }

    func testNearMissesFindTheClosestName() {
        XCTAssertEqual(NameSuggestion.nearest(to: "pathces", in: commands), "patches")
        XCTAssertEqual(NameSuggestion.nearest(to: "executon", in: commands), "execution")
        XCTAssertEqual(NameSuggestion.nearest(to: "LOGIN", in: commands), "login", "case is ignored")
    }

    func testAPrefixIsEnoughWhenNothingIsClose() {
        XCTAssertEqual(NameSuggestion.nearest(to: "vers", in: commands), "version")
    }

    func testFarNamesGetNoSuggestion() {
        XCTAssertNil(NameSuggestion.nearest(to: "kubectl", in: commands))
        XCTAssertNil(NameSuggestion.nearest(to: "x", in: ["patches"]))
        XCTAssertNil(NameSuggestion.nearest(to: "anything", in: []))
    }

    func testEditDistanceCountsATranspositionAsOneEdit() {
        XCTAssertEqual(NameSuggestion.editDistance("ab", "ba"), 1)
        XCTAssertEqual(NameSuggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(NameSuggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(NameSuggestion.editDistance("same", "same"), 0)
    }
}
