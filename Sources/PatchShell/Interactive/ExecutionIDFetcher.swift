import Foundation
import PatchKit

/// Fetches a server's execution IDs for tab completion: once, cached for a short time, and never
/// blocking the line for more than a moment — a slow fetch finishes in the background and its answer
/// serves the next Tab. Errors are swallowed: completion must never print into the line being edited.
final class ExecutionIDFetcher: @unchecked Sendable {
    // @unchecked: every access to `entries` holds `lock`; fetch tasks and the main thread share it.
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// How long a fetched list is fresh.
    let lifetime: TimeInterval
    /// How long Tab waits for a fetch before answering without it.
    let patience: TimeInterval

    private struct Entry {
        var ids: [String]?
        var fetched: Date?
        var inFlight: DispatchSemaphore?
    }

    init(lifetime: TimeInterval = 30, patience: TimeInterval = 0.4) {
        self.lifetime = lifetime
        self.patience = patience
    }

    /// The IDs for `alias/server`, waiting at most `patience` for a fetch.
    func ids(client: PatchClient, token: String, alias: AccountAlias, server: ServerID) -> [String]? {
        let key = "\(alias)/\(server)"
        let now = Date()
        lock.lock()
        var entry = entries[key] ?? Entry()
        if let fetched = entry.fetched, now.timeIntervalSince(fetched) < lifetime, let ids = entry.ids {
            lock.unlock()
            return ids
        }
        let signal: DispatchSemaphore
        if let inFlight = entry.inFlight {
            signal = inFlight
        } else {
            signal = DispatchSemaphore(value: 0)
            entry.inFlight = signal
            entries[key] = entry
            Task.detached { [self] in
                await client.setToken(token)
                let ids = try? await client.executions(alias: alias, server: server).map(\.id)
                self.finish(key, ids: ids, signal: signal)
            }
        }
        lock.unlock()
        _ = signal.wait(timeout: .now() + patience)
        lock.lock()
        defer { lock.unlock() }
        return entries[key]?.ids
    }

    private func finish(_ key: String, ids: [String]?, signal: DispatchSemaphore) {
        lock.lock()
        var entry = entries[key] ?? Entry()
        entry.inFlight = nil
        if let ids {
            entry.ids = ids
            entry.fetched = Date()
        }
        entries[key] = entry
        lock.unlock()
        // Wake the Tab waiting on this fetch (Tab runs on the main thread, so there is at most one).
        signal.signal()
    }
}
