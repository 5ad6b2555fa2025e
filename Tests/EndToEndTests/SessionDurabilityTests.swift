import Foundation
import Glibc
import PatchSim
import TestSupport
import XCTest

/// The session file is never corrupt or partial, whatever moment patchsh is killed at, and a file
/// another user could change is refused with a message.
final class SessionDurabilityTests: XCTestCase {
    func testSIGKILLWhileSavingNeverLeavesACorruptSessionFile() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        // Every 'use' rewrites the session file; the loop keeps patchsh writing until it is killed.
        let script = try harness.writeScript("""
            while true
              use OSD VA1OSDPATCH33
              use OSD CA3OSDWIN01
            end
            """, named: "rewrite.patchsh")
        var generator = SystemRandomNumberGenerator()
        var servers: Set<String> = []
        for round in 0..<40 {
            let process = Process()
            process.executableURL = harness.patchsh
            process.arguments = [script]
            process.environment = harness.home.environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from start-up to hundreds of saves in.
            usleep(UInt32.random(in: 5_000...150_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "round \(round): patchsh must still be running when killed")

            let data = try Data(contentsOf: harness.sessionFile)
            let object = try XCTUnwrap(try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                                       "round \(round): the session file does not parse: \(String(decoding: data, as: UTF8.self))")
            XCTAssertNotNil(object["token"] as? String, "round \(round)")
            if let server = object["server"] as? String { servers.insert(server) }
            XCTAssertEqual(harness.home.permissions(of: harness.sessionFile), 0o600)
        }
        XCTAssertEqual(servers, ["VA1OSDPATCH33", "CA3OSDWIN01"], "the kills landed between different saves")
        // Temporary files of killed runs are cleaned up by the next save, so at most the last one is left.
        let folder = harness.sessionFile.deletingLastPathComponent().path
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        XCTAssertLessThanOrEqual(leftovers.count, 1, "\(leftovers)")
        let after = try harness.command("use")
        XCTAssertEqual(after.status, 0, after.description)
        XCTAssertEqual(after.stderr, "", "a later run loads the session without a warning")
    }

    func testSessionFileOthersCanWriteIsRefused() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        chmod(harness.sessionFile.path, 0o622)
        let result = try harness.command("use OSD VA1OSDPATCH33; executions")
        XCTAssertEqual(result.status, 3, result.description)
        XCTAssertTrue(result.stderr.contains("warning: Ignoring the session: other users can write the file '\(harness.sessionFile.path)'. "
            + "Fix with 'chmod 600 \(harness.sessionFile.path)'."), result.stderr)
    }

    func testSessionFolderOthersCanWriteIsRefused() throws {
        let harness = try PatchshHarness()
        try harness.logIn()
        let folder = harness.sessionFile.deletingLastPathComponent().path
        chmod(folder, 0o777)
        defer { chmod(folder, 0o700) }
        let result = try harness.command("whoami")
        XCTAssertTrue(result.stderr.contains("warning: Ignoring the session: other users can write the folder '\(folder)'. "
            + "Fix with 'chmod 700 \(folder)'."), result.stderr)
    }
}
