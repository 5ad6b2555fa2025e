@testable import PatchShell
import XCTest

/// `help` and `COMMAND --help`, rendered from the declarations alone.
final class HelpTextTests: XCTestCase {
    private let commands = CommandRegistry.standard.commands

    /// Lines wider than the help width, as `name: line`.
    private func overwide(_ text: String, in name: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.count > HelpText.width }
            .map { "\(name) (\($0.count) columns): " + String($0) }
    }

    /// The text with every run of blanks and newlines made one space, to find wrapped phrases.
    private func joined(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func testPageShowsTheUsageOfEveryCommand() {
        for command in commands {
            let page = HelpText.page(command.spec)
            XCTAssertTrue(joined(page).contains("Usage: " + command.spec.usage), command.spec.name)
            XCTAssertTrue(page.hasPrefix("\(command.spec.name) — \(command.spec.summary)\n"), command.spec.name)
        }
    }

    func testPageListsEveryFlagArgumentAliasAndExample() {
        for command in commands {
            let spec = command.spec
            let page = HelpText.page(spec)
            for flag in spec.flags {
                XCTAssertTrue(page.contains("\n  --" + flag.name), "\(spec.name) --\(flag.name)")
                XCTAssertTrue(joined(page).contains(joined(flag.help)), "\(spec.name) --\(flag.name) help")
            }
            for argument in spec.arguments {
                XCTAssertTrue(page.contains("\n  " + argument.name), "\(spec.name) \(argument.name)")
            }
            for alias in spec.aliases {
                XCTAssertTrue(page.contains(alias), "\(spec.name) alias \(alias)")
            }
            for example in spec.examples {
                XCTAssertTrue(page.contains("\n  " + example + "\n"), "\(spec.name) example \(example)")
            }
        }
    }

    func testEveryHelpLineFitsEightyColumns() {
        var problems = overwide(HelpText.overview(CommandRegistry.standard), in: "help")
        for command in commands {
            problems += overwide(HelpText.page(command.spec), in: "help " + command.spec.name)
        }
        XCTAssertEqual(problems, [])
    }

    func testOverviewListsEveryCommandUnderItsGroup() {
        let overview = HelpText.overview(CommandRegistry.standard)
        for command in commands {
            XCTAssertTrue(overview.contains("\n  \(command.spec.name) "), command.spec.name)
            XCTAssertTrue(overview.contains(command.spec.summary), command.spec.name)
        }
        for group in CommandSpec.Group.allCases {
            XCTAssertTrue(overview.contains("\n\(group.rawValue):\n"), group.rawValue)
        }
    }

    func testUsageLineShowsOptionalRepeatableAndPlaceholders() {
        XCTAssertEqual(PatchesCommand.spec.usage,
                       "patches [--failed] [--status pending|running|completed|failed]… [--kb KB]… [--grep TEXT] "
                       + "[--since TIME] [--format table|plain|json|ndjson|csv] [--fields A,B,…] [--sort FIELD] [--reverse]")
        XCTAssertEqual(UnsetCommand.spec.usage, "unset NAME…")
        XCTAssertEqual(UseCommand.spec.usage, "use [ALIAS|SERVER] [SERVER]")
    }

    func testWrapContinuesAtTheIndent() {
        let text = String(repeating: "word ", count: 30).trimmingCharacters(in: .whitespaces)
        let wrapped = HelpText.wrap(text, indent: 10)
        let lines = wrapped.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 10) + "word") })
        XCTAssertTrue(lines.allSatisfy { $0.count <= HelpText.width - (lines.first == $0 ? 10 : 0) })
    }
}
