import Foundation
import XCTest

/// The built `patchsim` binary, run as a user would run it.
final class PatchsimExecutableTests: XCTestCase {
    /// `patchsim` is built next to the test bundle's runner.
    private func binary() throws -> URL {
        let runner = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let url = URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("patchsim")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("patchsim is not built at \(url.path); run `swift build` first")
        }
        return url
    }

    /// Reads the first line of a pipe, or `nil` if none arrives in time.
    private func firstLine(of pipe: Pipe, timeout: TimeInterval) -> String? {
        let handle = pipe.fileHandleForReading
        let line = LineBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var bytes: [UInt8] = []
            while true {
                let data = handle.readData(ofLength: 1)
                guard let byte = data.first, byte != 10 else { break }
                bytes.append(byte)
            }
            line.set(String(decoding: bytes, as: UTF8.self))
            done.signal()
        }
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return line.get()
    }

    func testBinaryPrintsItsAddressServesAndExitsCleanlyOnSIGTERM() throws {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["--port", "0", "--user", "ci:pw"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let line = try XCTUnwrap(firstLine(of: output, timeout: 10), "no first line")
        XCTAssertTrue(line.hasPrefix("listening on http://127.0.0.1:"), line)
        let port = try XCTUnwrap(UInt16(line.split(separator: ":").last ?? ""))

        let client = try RawHTTPClient(port: port)
        try client.post("/v2/authentication/login", body: #"{"username":"ci","password":"pw"}"#)
        XCTAssertEqual(try client.readResponse().status, 200)

        process.terminate()
        // Bounded: a patchsim that ignores SIGTERM must fail this test, not hang the suite.
        let deadline = Date(timeIntervalSinceNow: 10)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testBinaryRejectsAnUnknownFlagWithStatus2() throws {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["--frobnicate"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(message.contains("unknown option '--frobnicate'"), message)
    }
}

/// A string handed from a reader thread; `@unchecked Sendable` because `lock` guards it.
private final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    func set(_ text: String) { lock.withLock { value = text } }
    func get() -> String? { lock.withLock { value } }
}
