import Foundation
import XCTest

/// Locates products that SwiftPM built next to the running test binary.
///
/// On Linux the test runner is itself an executable in the build folder (for
/// example `.build/debug/patchshPackageTests.xctest`), and SwiftPM puts every
/// executable product in that same folder. Make the test target depend on the
/// executable target (as `EndToEndTests` does) so it is built before the tests.
public enum BuiltProducts {
    /// The build folder: the directory of `/proc/self/exe`, symlinks resolved.
    ///
    /// - Throws: ``HarnessError/systemCallFailed(call:errno:)`` if the link
    ///   cannot be read.
    public static func directory() throws -> URL {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else {
            throw HarnessError.systemCallFailed(call: "readlink(/proc/self/exe)", errno: errno)
        }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return URL(fileURLWithPath: path).deletingLastPathComponent()
    }

    /// The URL of the executable product `name`, throwing if it is missing.
    ///
    /// - Throws: ``HarnessError/executableNotFound(name:directory:)`` when there
    ///   is no executable regular file of that name in ``directory()``.
    public static func locateExecutable(named name: String) throws -> URL {
        let folder = try directory()
        let candidate = folder.appendingPathComponent(name, isDirectory: false)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw HarnessError.executableNotFound(name: name, directory: folder.path)
        }
        return candidate
    }

    /// The URL of the executable product `name` in the build folder.
    ///
    /// If it is missing this records a test failure (`XCTFail`) saying where it
    /// looked, and returns the path where the product should have been, so the
    /// test's next step fails too rather than the whole run crashing. Use
    /// ``locateExecutable(named:)`` to get a thrown error instead.
    public static func executable(named name: String, file: StaticString = #filePath, line: UInt = #line) -> URL {
        do {
            return try locateExecutable(named: name)
        } catch {
            XCTFail("\(error)", file: file, line: line)
            let folder = (try? directory()) ?? URL(fileURLWithPath: "/nonexistent-build-directory")
            return folder.appendingPathComponent(name, isDirectory: false)
        }
    }
}
