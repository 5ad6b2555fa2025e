import Foundation
import Glibc
import XCTest

/// A throw-away home directory for running a program in isolation.
///
/// Layout, all under a fresh `mkdtemp` directory ``root``:
/// - ``home`` (`root/home`) — `HOME`
/// - ``configHome`` (`home/.config`) — `XDG_CONFIG_HOME`
/// - ``stateHome`` (`home/.local/state`) — `XDG_STATE_HOME`
/// - ``workDirectory`` (`root/work`) — scratch space for scripts and fixtures;
///   it is *outside* `home`, so ``allFiles()`` and ``filesContaining(_:)`` do not
///   see it.
///
/// Cleanup: call ``remove()`` when done (for example in `tearDown` or a
/// `defer`); `deinit` also calls it, so simply dropping the last reference
/// cleans up too. Removal is idempotent. The instance is thread-safe.
public final class TemporaryHome: Sendable {
    /// The temporary directory that holds everything; deleted by ``remove()``.
    public let root: URL
    /// The directory exported as `HOME`.
    public let home: URL
    /// `home/.config`, exported as `XDG_CONFIG_HOME`.
    public let configHome: URL
    /// `home/.local/state`, exported as `XDG_STATE_HOME`.
    public let stateHome: URL
    /// `root/work`, a scratch directory outside `home`.
    public let workDirectory: URL
    private let overrides = Locked<[String: String?]>([:])
    private let removed = Locked(false)

    /// Creates the directories. Pass `createXDGDirectories: false` to leave
    /// `.config` and `.local/state` absent (to test that a program creates them);
    /// the variables are exported either way.
    ///
    /// - Throws: ``HarnessError/systemCallFailed(call:errno:)`` if `mkdtemp`
    ///   fails, or the `FileManager` error if a subdirectory cannot be created.
    public init(createXDGDirectories: Bool = true) throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("patchsh-home.XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw HarnessError.systemCallFailed(call: "mkdtemp", errno: errno)
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        root = URL(fileURLWithPath: path, isDirectory: true)
        home = root.appendingPathComponent("home", isDirectory: true)
        configHome = home.appendingPathComponent(".config", isDirectory: true)
        stateHome = home.appendingPathComponent(".local/state", isDirectory: true)
        workDirectory = root.appendingPathComponent("work", isDirectory: true)
        let directories = createXDGDirectories ? [home, configHome, stateHome, workDirectory] : [home, workDirectory]
        for directory in directories {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    deinit {
        remove()
    }

    /// The environment for a child process: `HOME`, `XDG_CONFIG_HOME`,
    /// `XDG_STATE_HOME`, `PATH=/usr/bin:/bin`, `LANG=C.UTF-8` and
    /// `TERM=xterm-256color`, then the changes made with
    /// ``setEnvironmentVariable(_:to:)`` and ``removeEnvironmentVariable(_:)``.
    public var environment: [String: String] {
        var result = [
            "HOME": home.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_STATE_HOME": stateHome.path,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ]
        for (name, value) in overrides.current {
            result[name] = value
        }
        return result
    }

    /// ``environment`` with `extra` added on top (a one-off, nothing is stored).
    public func environment(adding extra: [String: String]) -> [String: String] {
        environment.merging(extra) { _, new in new }
    }

    /// Adds or overrides a variable in ``environment`` from now on.
    public func setEnvironmentVariable(_ name: String, to value: String) {
        overrides.withLock { $0[name] = .some(value) }
    }

    /// Removes a variable (even a default one such as `TERM`) from ``environment``.
    public func removeEnvironmentVariable(_ name: String) {
        overrides.withLock { $0[name] = .some(nil) }
    }

    /// Every regular file under ``home``, recursively, including hidden files
    /// and directories; symbolic links are neither followed nor listed. Sorted
    /// by path.
    public func allFiles() -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard let walker = FileManager.default.enumerator(at: home, includingPropertiesForKeys: keys) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isRegularFile == true && values?.isSymbolicLink != true {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The files under ``home`` (see ``allFiles()``) whose bytes contain the
    /// UTF-8 encoding of `secret`. A file that cannot be read is reported as a
    /// test failure, so an unreadable file never passes a "secret not
    /// persisted" check silently.
    public func filesContaining(_ secret: String, file: StaticString = #filePath, line: UInt = #line) -> [URL] {
        let needle = Data(secret.utf8)
        return allFiles().filter { url in
            do {
                let contents = try Data(contentsOf: url)
                return needle.isEmpty || contents.range(of: needle) != nil
            } catch {
                XCTFail("cannot read \(url.path) to search it: \(error)", file: file, line: line)
                return false
            }
        }
    }

    /// The permission bits (`st_mode & 0o7777`, e.g. `0o600`) of `url`, not
    /// following a final symbolic link. Records a test failure and returns 0
    /// if the file cannot be examined.
    public func permissions(of url: URL, file: StaticString = #filePath, line: UInt = #line) -> mode_t {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            let code = errno
            XCTFail("\(HarnessError.systemCallFailed(call: "lstat(\(url.path))", errno: code))", file: file, line: line)
            return 0
        }
        return info.st_mode & 0o7777
    }

    /// Deletes ``root`` and everything in it. Safe to call more than once;
    /// directories whose permissions forbid deletion are made writable first.
    public func remove() {
        let first = removed.withLock { done -> Bool in
            defer { done = true }
            return !done
        }
        guard first else { return }
        if (try? FileManager.default.removeItem(at: root)) == nil {
            makeDirectoriesWritable()
            try? FileManager.default.removeItem(at: root)
        }
    }

    private func makeDirectoriesWritable() {
        chmod(root.path, 0o700)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else {
            return
        }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
            chmod(url.path, 0o700)
        }
    }
}
