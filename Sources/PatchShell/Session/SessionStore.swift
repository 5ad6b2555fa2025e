import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the session file, `$XDG_STATE_HOME/patchsh/session.json`: mode 0600 in a 0700
/// folder, written to a temporary file, synced and renamed, so a crash never leaves half a file.
public struct SessionStore: Sendable {
    /// The folder holding the session (and, later, the history).
    public let directory: String
    public var path: String { directory + "/session.json" }

    /// A store in `directory`.
    public init(directory: String) { self.directory = directory }

    /// `$XDG_STATE_HOME/patchsh`, or `$HOME/.local/state/patchsh`.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/patchsh" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/patchsh"
    }

    /// The saved session; nil when there is none. A file patchsh cannot read is reported, not fatal.
    public func load() -> (PersistedSession?, warning: String?) {
        guard FileManager.default.fileExists(atPath: path) else { return (nil, nil) }
        if let refusal = Self.refusal(of: path, isDirectory: false) ?? Self.refusal(of: directory, isDirectory: true) {
            return (nil, refusal)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, "Cannot read the session file '\(path)'; starting without a session.")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        guard let session = try? decoder.decode(PersistedSession.self, from: data) else {
            return (nil, "The session file '\(path)' is damaged; starting without a session (it will be replaced).")
        }
        return (session, nil)
    }

    /// Why a file or folder that another user could change must not be trusted, or nil when it is private.
    static func refusal(of path: String, isDirectory: Bool) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let what = isDirectory ? "folder" : "file"
        if info.st_uid != getuid() {
            return "Ignoring the session: the \(what) '\(path)' belongs to another user (uid \(info.st_uid))."
        }
        if info.st_mode & 0o022 != 0 {
            return "Ignoring the session: other users can write the \(what) '\(path)'. Fix with 'chmod \(isDirectory ? "700" : "600") \(path)'."
        }
        return nil
    }

    /// Writes the session atomically with mode 0600.
    public func save(_ session: PersistedSession) throws(ShellError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(session) else { throw .io("Cannot encode the session.") }
        try AtomicFile.write(data, to: path, directory: directory)
    }

    /// Removes the session file.
    public func remove() {
        unlink(path)
    }
}

/// Writes whole files safely: a private temporary file beside the target, fsync, rename.
enum AtomicFile {
    static func write(_ data: Data, to path: String, directory: String) throws(ShellError) {
        try ensureDirectory(directory)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .io("Cannot write '\(temporary)': \(String(cString: strerror(errno))).") }
        fchmod(fd, 0o600)
        let ok = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard ok, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io("Cannot write '\(path)': \(reason).")
        }
        // The rename itself reaches the disk only when the folder is synced.
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
        removeStaleTemporaries(of: path, directory: directory)
    }

    /// A process killed between creating its temporary file and renaming it leaves the file behind:
    /// remove those of processes that no longer exist.
    static func removeStaleTemporaries(of path: String, directory: String) {
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    /// Creates the folder (and parents) with mode 0700 when missing.
    static func ensureDirectory(_ directory: String) throws(ShellError) {
        var info = stat()
        if stat(directory, &info) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io("Cannot create the folder '\(directory)': \(error.localizedDescription).")
        }
    }
}
