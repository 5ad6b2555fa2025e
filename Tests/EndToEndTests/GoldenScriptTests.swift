import Foundation
import TestSupport
import XCTest

/// Runs every `Scripts/<feature>/<behaviour>.patchsh` against a fresh patchsim and compares what it did with
/// the expectations written in its own comments:
///
///     # args: OSD VA1OSDPATCH33          the script's arguments (split on spaces)
///     # expect: OK                       the next line of standard output, exactly
///     # expect error: 3:7: message       the next standard error line, `FILE:3:7: error: message`
///     # expect error: lib/x.patchsh:2:1: message   the same, in another file of the folder
///     # expect stderr: text              the next standard error line, exactly
///     # expect status: 2                 the exit status (default 0)
///     # expect no files                  the script left its working directory empty (nothing ran)
///
/// Paths in the output are shown relative to the script's folder, so expectations do not depend on the
/// checkout. Files in subfolders of a feature folder (libraries for `source`) are not run on their own.
final class GoldenScriptTests: XCTestCase {
    private struct Expectations {
        var arguments: [String] = []
        var stdout: [String] = []
        var stderr: [String] = []
        var status: Int32 = 0
        var noFiles = false
    }

    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    private static func scripts() throws -> [URL] {
        let features = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        return try features.flatMap { feature in
            try FileManager.default.contentsOfDirectory(at: feature, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "patchsh" }
        }.sorted { $0.path < $1.path }
    }

    private static func expectations(of script: URL) throws -> Expectations {
        var expected = Expectations()
        let name = script.lastPathComponent
        for line in try String(contentsOf: script, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if let value = text.value(after: "# expect: ") ?? (text == "# expect:" ? "" : nil) {
                expected.stdout.append(value)
            } else if let value = text.value(after: "# expect error: ") {
                let isOtherFile = !(value.first?.isNumber ?? false)
                let (position, message) = value.splitPosition()
                expected.stderr.append("\(isOtherFile ? "" : name + ":")\(position): error: \(message)")
            } else if let value = text.value(after: "# expect stderr: ") {
                expected.stderr.append(value)
            } else if let value = text.value(after: "# expect status: ") {
                expected.status = Int32(value) ?? -1
            } else if text == "# expect no files" {
                expected.noFiles = true
            } else if let value = text.value(after: "# args: ") {
                expected.arguments = value.split(separator: " ").map(String.init)
            }
        }
        return expected
    }

    func testEveryGoldenScriptDoesWhatItsCommentsSay() throws {
        let scripts = try Self.scripts()
        XCTAssertGreaterThan(scripts.count, 50, "the golden scripts are missing")
        for script in scripts {
            let expected = try Self.expectations(of: script)
            let harness = try PatchshHarness()
            let result = try harness.run([script.path] + expected.arguments,
                                         environment: ["CLC_USER": "demo", "CLC_PASSWORD": "demo"],
                                         currentDirectory: harness.home.workDirectory)
            let prefix = script.deletingLastPathComponent().path + "/"
            let stdout = result.stdout.replacingOccurrences(of: prefix, with: "")
            let stderr = result.stderr.replacingOccurrences(of: prefix, with: "")
            let name = script.deletingLastPathComponent().lastPathComponent + "/" + script.lastPathComponent
            var problems: [String] = []
            if stdout != expected.stdout.map({ $0 + "\n" }).joined() {
                problems.append("stdout:\n--- expected\n\(expected.stdout.joined(separator: "\n"))\n--- got\n\(stdout)")
            }
            if stderr != expected.stderr.map({ $0 + "\n" }).joined() {
                problems.append("stderr:\n--- expected\n\(expected.stderr.joined(separator: "\n"))\n--- got\n\(stderr)")
            }
            if result.status != expected.status { problems.append("status: expected \(expected.status), got \(result.status)") }
            let files = try FileManager.default.contentsOfDirectory(atPath: harness.home.workDirectory.path)
            if expected.noFiles, !files.isEmpty { problems.append("files were made, so something ran: \(files)") }
            if !problems.isEmpty { XCTFail("\(name):\n" + problems.joined(separator: "\n")) }
        }
    }
}

private extension String {
    func value(after prefix: String) -> String? { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil }

    /// `3:7: message` or `lib/x.patchsh:3:7: message` split into the position and the message.
    func splitPosition() -> (String, String) {
        let pieces = components(separatedBy: ": ")
        return (pieces[0], pieces.dropFirst().joined(separator: ": "))
    }
}
