import Foundation
@testable import PatchShell
import XCTest

/// The one registry list: every command file is registered, and no two names collide.
final class CommandRegistryTests: XCTestCase {
    private static let commandsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PatchShell/Commands")
        .standardizedFileURL

    /// Type names declared as `… Name: ShellCommand {` in the command sources.
    private func declaredCommandTypes() throws -> Set<String> {
        let folder = Self.commandsFolder
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            XCTFail("cannot list \(folder.path)")
            return []
        }
        let pattern = try NSRegularExpression(pattern: #"(?:enum|struct|class)\s+(\w+)\s*:\s*ShellCommand\s*\{"#)
        var names: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
            }
        }
        return names
    }

    func testEveryDeclaredCommandIsRegistered() throws {
        let declared = try declaredCommandTypes()
        XCTAssertGreaterThan(declared.count, 10, "the scan of \(Self.commandsFolder.path) found too few commands")
        let registered = Set(CommandRegistry.standard.commands.map { String(describing: $0) })
        XCTAssertEqual(declared.subtracting(registered), [], "declared but not in CommandRegistry.standard")
        XCTAssertEqual(registered.subtracting(declared), [], "registered but not found by the scan")
    }

    func testNoTwoNamesOrAliasesCollide() {
        var owners: [String: String] = [:]
        for command in CommandRegistry.standard.commands {
            let type = String(describing: command)
            for name in [command.spec.name] + command.spec.aliases {
                XCTAssertNil(owners[name], "'\(name)' is declared by both \(owners[name] ?? "") and \(type)")
                owners[name] = type
            }
        }
    }

    func testEveryNameAndAliasFindsItsCommand() {
        let registry = CommandRegistry.standard
        for command in registry.commands {
            for name in [command.spec.name] + command.spec.aliases {
                XCTAssertEqual(registry.command(named: name).map { String(describing: $0) }, String(describing: command), name)
            }
        }
        XCTAssertEqual(registry.allNames, registry.allNames.sorted())
        XCTAssertTrue(registry.allNames.contains("print"), "aliases are listed")
        XCTAssertNil(registry.command(named: "nope"))
    }

    func testNamesAreNotBlockKeywords() {
        for name in CommandRegistry.standard.allNames {
            XCTAssertFalse(Parser.blockWords.contains(name), "'\(name)' would never run: it is a keyword")
        }
    }

    func testDeclarationsFollowTheConventions() {
        for command in CommandRegistry.standard.commands {
            let spec = command.spec
            XCTAssertFalse(spec.summary.isEmpty, spec.name)
            XCTAssertFalse(spec.summary.hasSuffix("."), "\(spec.name): a summary has no final period")
            XCTAssertEqual(spec.summary.first.map { String($0).lowercased() }, spec.summary.first.map(String.init),
                           "\(spec.name): a summary starts in lower case")
            XCTAssertFalse(spec.examples.isEmpty, "\(spec.name) has no example")
            for example in spec.examples {
                XCTAssertEqual(SyntaxShape.parse(example).1, [], "\(spec.name) example '\(example)' does not parse")
            }
        }
    }
}
