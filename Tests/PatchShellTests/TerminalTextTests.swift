@testable import PatchShell
import XCTest

/// Text from the API is made safe for a terminal: no escape sequences, no control characters.
final class TerminalTextTests: XCTestCase {
    func testOSCTitleSequenceIsRemoved() {
        XCTAssertEqual(TerminalText.flatten("\u{1B}]0;pwned\u{07}Installing KB1"), "Installing KB1")
        XCTAssertEqual(TerminalText.flatten("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b"), "alinkb",
                       "an OSC ended by ESC \\ is removed too")
    }

    func testCSISequencesAreRemoved() {
        XCTAssertEqual(TerminalText.flatten("\u{1B}[2Jclear"), "clear")
        XCTAssertEqual(TerminalText.flatten("\u{1B}[1;31mred\u{1B}[0m"), "red")
    }

    func testC0AndC1ControlsAreRemoved() {
        XCTAssertEqual(TerminalText.flatten("a\u{0}b\u{7}c\u{8}d\u{7F}e"), "abcde")
        XCTAssertEqual(TerminalText.flatten("a\u{85}b\u{9B}c\u{9D}d\u{80}e"), "abcde")
    }

    func testNewlinesAndTabsBecomeSpaces() {
        XCTAssertEqual(TerminalText.flatten("one\ntwo\tthree\r\n"), "one two three  ")
    }

    func testNonASCIIIsKept() {
        XCTAssertEqual(TerminalText.flatten("Mise à jour ✓ 日本 🙂"), "Mise à jour ✓ 日本 🙂")
        XCTAssertEqual(TerminalText.flatten("é\u{1B}[0mü"), "éü")
    }

    func testCleanTextIsUnchanged() {
        XCTAssertEqual(TerminalText.flatten("Result Code: 2"), "Result Code: 2")
    }

    func testUnfinishedEscapeAtTheEndIsDropped() {
        XCTAssertEqual(TerminalText.flatten("ok\u{1B}"), "ok")
        XCTAssertEqual(TerminalText.flatten("ok\u{1B}]0;never ended"), "ok")
    }

    func testFlattenLinesKeepsNewlines() {
        XCTAssertEqual(TerminalText.flattenLines("a\u{1B}[2J\nb\tc\n"), "a\nb c\n")
    }
}
