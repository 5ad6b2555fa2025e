import Foundation
import PatchKit

extension Shell {
    /// What Tab does for `lineBeforeCursor`: the text to insert and, when ambiguous, the candidates.
    public func completions(for lineBeforeCursor: String) -> (insertion: String, candidates: [String]) {
        let answer = complete(lineBeforeCursor)
        return (answer.insertion, answer.candidates)
    }

    /// Completes the line before the cursor (called by the line editor on Tab, on the main thread).
    func complete(_ lineBeforeCursor: String) -> CompletionAnswer {
        let context = CompletionContext(
            registry: registry,
            variables: Array(variables.keys),
            aliases: interactive.seen.aliases + [session.alias, session.accountAlias].compactMap { $0 },
            servers: interactive.seen.servers + [session.server].compactMap { $0 },
            executions: { [self] in executionIDsForCompletion() },
            listFolder: { folder in
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                return names.map { name in
                    var isDirectory: ObjCBool = false
                    _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
                    return (name, isDirectory.boolValue)
                }
            })
        return Completer.complete(lineBeforeCursor, context: context)
    }

    /// Seen IDs of the current server, plus the server's executions fetched (briefly) when logged in.
    private func executionIDsForCompletion() -> [String] {
        guard let aliasText = session.alias, let serverText = session.server,
              let alias = try? AccountAlias(aliasText), let server = try? ServerID(serverText) else { return [] }
        let seen = interactive.seen.executions(alias: alias.value, server: server.value)
        guard let token = session.token, session.endpoints == endpoints,
              (session.tokenExpires ?? .distantFuture) > Date() else { return seen }
        let fetched = interactive.executionIDs.ids(client: client, token: token, alias: alias, server: server) ?? []
        return seen + fetched.filter { !seen.contains($0) }
    }
}

/// What only the interactive prompt needs: history, identifiers seen, the completion cache.
struct InteractiveState {
    var seen = SeenIdentifiers()
    var history: HistoryStore?
    let executionIDs = ExecutionIDFetcher()
}
