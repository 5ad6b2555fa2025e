@testable import PatchShell
import XCTest

/// Parsing command words against a command's declaration.
final class ArgumentParserTests: XCTestCase {
    private let patches = PatchesCommand.spec

    private func parse(_ words: [String], _ spec: CommandSpec) throws(ShellError) -> CommandCall? {
        try ArgumentParser.parse(words, spec: spec, location: nil)
    }

    /// The usage error for `words`, or nil when they parse.
    private func usageError(_ words: [String], _ spec: CommandSpec) -> String? {
        do {
            _ = try parse(words, spec)
            return nil
        } catch {
            guard case .usage(let text) = error else { return "not a usage error: \(error)" }
            return text
        }
    }

    func testSwitchesAndFlagsWithValues() throws {
        let call = try XCTUnwrap(try parse(["--failed", "--status", "pending", "--format", "json"], patches))
        XCTAssertTrue(call.has("failed"))
        XCTAssertEqual(call.values("status"), ["pending"])
        XCTAssertEqual(call.value("format"), "json")
        XCTAssertEqual(call.arguments, [])
        XCTAssertFalse(try XCTUnwrap(try parse([], patches)).has("failed"))
    }

    func testValueAfterAnEqualsSign() throws {
        let call = try XCTUnwrap(try parse(["--status=completed", "--format=csv"], patches))
        XCTAssertEqual(call.values("status"), ["completed"])
        XCTAssertEqual(call.value("format"), "csv")
        let last = try XCTUnwrap(try parse(["--last=3"], ExecutionsCommand.spec))
        XCTAssertEqual(last.value("last"), "3")
    }

    func testRepeatableFlagKeepsEveryValue() throws {
        let call = try XCTUnwrap(try parse(["--status", "pending", "--status=FAILED"], patches))
        XCTAssertEqual(call.values("status"), ["pending", "failed"], "choices are matched and kept in lower case")
    }

    func testUnknownFlagSuggestsTheNearestOne() {
        XCTAssertEqual(usageError(["--faild"], patches),
                       "'patches' has no flag '--faild'. Did you mean '--failed'? \(patches.usageHint)")
        XCTAssertEqual(usageError(["--stauts", "pending"], patches),
                       "'patches' has no flag '--stauts'. Did you mean '--status'? \(patches.usageHint)")
        XCTAssertEqual(usageError(["--zzzzzz"], patches), "'patches' has no flag '--zzzzzz'. \(patches.usageHint)")
    }

    func testChoiceValuesAreChecked() {
        XCTAssertEqual(usageError(["--status", "done"], patches),
                       "'done' is not a value of '--status' (one of: pending, running, completed, failed).")
        XCTAssertEqual(usageError(["--format", "jsno"], patches),
                       "'jsno' is not a value of '--format' (one of: table, plain, json, ndjson, csv). Did you mean 'json'?")
    }

    func testMissingValueIsAnError() {
        XCTAssertEqual(usageError(["--status"], patches),
                       "'--status' needs a value (pending|running|completed|failed). \(patches.usageHint)")
        XCTAssertEqual(usageError(["--last"], ExecutionsCommand.spec),
                       "'--last' needs a value (N). \(ExecutionsCommand.spec.usageHint)")
    }

    func testSwitchTakesNoValue() {
        XCTAssertEqual(usageError(["--failed=yes"], patches), "'--failed' takes no value. \(patches.usageHint)")
    }

    func testNonRepeatableFlagGivenTwiceIsAnError() {
        XCTAssertEqual(usageError(["--format", "json", "--format", "csv"], patches),
                       "'--format' is given twice. \(patches.usageHint)")
    }

    func testTooManyArgumentsIsAnError() {
        XCTAssertEqual(usageError(["extra"], patches), "'patches' does not take 'extra'. \(patches.usageHint)")
        XCTAssertEqual(usageError(["OSD", "VA1OSDPATCH33", "more"], UseCommand.spec),
                       "'use' does not take 'more'. \(UseCommand.spec.usageHint)")
    }

    func testMissingRequiredArgumentIsAnError() {
        XCTAssertEqual(usageError([], UnsetCommand.spec), "'unset' needs NAME. Usage: unset NAME…")
    }

    func testHelpFlagReturnsNil() throws {
        XCTAssertNil(try parse(["--help"], patches))
        XCTAssertNil(try parse(["--failed", "--help"], patches))
        XCTAssertNil(try parse(["--help"], UnsetCommand.spec), "help wins over a missing argument")
    }

    func testDoubleDashEndsTheFlags() throws {
        let call = try XCTUnwrap(try parse(["--", "--failed", "--"], UnsetCommand.spec))
        XCTAssertEqual(call.arguments, ["--failed", "--"])
        XCTAssertFalse(call.has("failed"))
    }

    func testRawArgumentCommandsTakeEveryWord() throws {
        let call = try XCTUnwrap(try parse(["--help", "--x", "a"], EchoCommand.spec))
        XCTAssertEqual(call.arguments, ["--help", "--x", "a"])
    }

    func testPositionalArgumentsAndFlagsMix() throws {
        let call = try XCTUnwrap(try parse(["latest", "--format", "plain"], ExecutionCommand.spec))
        XCTAssertEqual(call.argument(0), "latest")
        XCTAssertNil(call.argument(1))
        XCTAssertEqual(call.value("format"), "plain")
    }
}
