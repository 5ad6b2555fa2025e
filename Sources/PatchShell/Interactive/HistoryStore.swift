import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The history file, `$XDG_STATE_HOME/patchsh/history`: one entry per line (newlines inside an entry are
/// escaped), bounded, rewritten atomically under a lock after each entry, so two shells open at once both
/// keep their lines and a crash never leaves half a file.
public struct HistoryStore: Sendable {
    public let path: String
    /// The most entries kept (`PATCHSH_HISTORY_SIZE`, default 1000).
    public let limit: Int
    static let header = "#patchsh-history-v1"

    /// A store at `directory/history` keeping at most `limit` entries.
    public init(directory: String, limit: Int) {
        self.path = directory + "/history"
        self.limit = max(0, limit)
    }

    /// The size asked for by `PATCHSH_HISTORY_SIZE`, or 1000.
    public static func limit(from environment: [String: String]) -> Int {
        environment["PATCHSH_HISTORY_SIZE"].flatMap { Int($0) }.map { max(0, min($0, 100_000)) } ?? 1000
    }

    /// The saved entries, oldest first. A file that is unreadable or not a history file is moved aside
    /// (to `history.damaged-TIME`) with a warning, and history starts empty.
    public func load() -> (entries: [String], warning: String?) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], nil) }
        switch read() {
        case .success(let entries): return (entries, nil)
        case .failure(let failure):
            let reason = failure.text
            let aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))"
            let moved = rename(path, aside) == 0
            let what = moved ? "it was moved to '\(aside)'" : "it is left as it is and not written to"
            return ([], "The history file '\(path)' \(reason); \(what). Starting with an empty history.")
        }
    }

    private func read() -> Result<[String], ReadFailureText> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadFailureText("cannot be read")) }
        if data.isEmpty { return .success([]) }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            return .failure(ReadFailureText("is not UTF-8 text"))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(Self.header) else { return .failure(ReadFailureText("is not a patchsh history file")) }
        lines.removeFirst()
        return .success(lines.map { Self.decode(String($0)) })
    }

    /// Adds an entry (unless it repeats the last one) and rewrites the file, merging what other shells
    /// wrote meanwhile. Failures are returned as a warning, never thrown: history is not worth a crash.
    public func append(_ entry: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try AtomicFile.ensureDirectory(directory)
        } catch {
            return error.message
        }
        let lockFD = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockFD >= 0 else { return "Cannot lock the history file '\(path)'." }
        defer { close(lockFD) }
        flock(lockFD, LOCK_EX)
        defer { flock(lockFD, LOCK_UN) }
        var entries: [String] = []
        if FileManager.default.fileExists(atPath: path) {
            guard case .success(let saved) = read() else { return "The history file '\(path)' is damaged; not writing to it." }
            entries = saved
        }
        if entries.last != entry { entries.append(entry) }
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        let text = ([Self.header] + entries.map(Self.encode)).joined(separator: "\n") + "\n"
        do {
            try AtomicFile.write(Data(text.utf8), to: path, directory: directory)
        } catch {
            return error.message
        }
        return nil
    }

    /// `\` → `\\`, newline → `\n`, so one entry is one line.
    static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        var result = ""
        var escaping = false
        for character in line {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Why a history file could not be read, as a phrase.
struct ReadFailureText: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
