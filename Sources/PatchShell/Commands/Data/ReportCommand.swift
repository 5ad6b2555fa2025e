import Foundation
import PatchKit

/// `report [SERVER…] [--file FILE]`: compliance of servers judged on their latest executions, for a
/// terminal, a script, a Markdown page or one self-contained HTML file. Exits 1 when not compliant.
enum ReportCommand: ShellCommand {
    static let formats = OutputFormat.names + ["markdown", "html"]

    static let spec = CommandSpec(
        name: "report", group: .data, summary: "judge servers' compliance on their latest executions",
        arguments: [ArgumentSpec("SERVER", help: "server IDs in the current account (default: the current server)",
                                 optional: true, variadic: true, completion: .server)],
        flags: [FlagSpec("file", help: "read server IDs from FILE: one or more a line, '#' starts a comment",
                         value: .text(placeholder: "FILE", completion: .file)),
                FlagSpec("format", help: "output format; markdown and html make a document to keep or share",
                         value: .choice(formats)),
                .fields, .sort, .reverse],
        examples: ["report", "report VA1OSDPATCH33 CA3OSDWIN01 --format markdown",
                   "report VA1OSDPATCH33 VA1OSDCLEAN01 --format html"],
        discussion: "A server is compliant when its latest execution has completed and every patch in it was "
            + "installed (result code 3, succeeded with errors, is listed as a warning but allowed). It is 'failed' "
            + "when any patch failed by patchsh's rule, 'in progress' while the execution or a patch has not "
            + "finished, and 'unknown' when there is nothing to judge (no execution, only a patch count, or no such "
            + "server). The report is printed whatever the verdict; the exit status is 0 when every server is "
            + "compliant and 1 when not, so 'if report …' and cron can act on it. Keep a page with "
            + "'report --file servers.txt --format html > report.html'.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let servers = try serverIDs(call, shell: shell)
        guard let alias = shell.session.alias else {
            throw ShellError.usage("No account chosen. Use 'use ALIAS' first (e.g. 'use OSD').")
        }
        let account = try AccountAlias(alias)
        let chosen = call.value("format")
        let listingFormat = chosen.flatMap(OutputFormat.init(rawValue:))
        let context = try shell.renderContext(for: call, format: listingFormat)
        try await shell.requireLogin()
        var entries: [ComplianceReport.Entry] = []
        for server in servers { entries.append(try await entry(server, account: account, shell: shell)) }
        let report = ComplianceReport(alias: account.value, entries: entries, generated: Date())
        let times = shell.timeDisplay(for: .plain)
        switch chosen {
        case "markdown": shell.output.write(ReportMarkdown.render(report, times: times))
        case "html": shell.output.write(ReportHTML.render(report, times: times))
        default: shell.output.write(try ListingRenderer.render(ReportListing.listing(report), context, command: spec.name))
        }
        if !report.isCompliant { throw ShellError.failed(report.verdictLine, status: .failure) }
    }

    /// The latest execution of one server; a server that does not exist is reported, not fatal.
    @MainActor static func entry(_ server: ServerID, account: AccountAlias, shell: Shell) async throws(PatchError) -> ComplianceReport.Entry {
        var entry = ComplianceReport.Entry(server: server.value)
        let outcome = await latest(server, account: account, shell: shell)
        switch outcome {
        case .success(let (summary, detail)):
            entry.latest = summary
            entry.detail = detail
        case .failure(.notFound):
            entry.problem = "not found in account \(account)"
        case .failure(let error):
            throw error
        }
        return entry
    }

    // A Result rather than do/catch: catching one case of a typed error here crashes Swift 6.3.1's SIL checker.
    @MainActor private static func latest(_ server: ServerID, account: AccountAlias, shell: Shell) async
        -> Result<(ExecutionSummary?, ExecutionDetail?), PatchError> {
        do {
            let latest = try await shell.client.executions(alias: account, server: server)
                .max { ($0.startTime ?? .distantPast) < ($1.startTime ?? .distantPast) }
            guard let latest else { return .success((nil, nil)) }
            let detail = try await shell.client.execution(alias: account, server: server, id: try ExecutionID(latest.id))
            return .success((latest, detail))
        } catch {
            return .failure(error)
        }
    }

    /// The arguments and the file's IDs, checked and without repeats; the current server when none.
    @MainActor static func serverIDs(_ call: CommandCall, shell: Shell) throws -> [ServerID] {
        var words: [(String, String?)] = call.arguments.map { ($0, nil) }
        if let path = call.value("file") {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ShellError.io("Cannot read the server list '\(path)': \((error as NSError).localizedDescription).")
            }
            for (number, line) in text.components(separatedBy: .newlines).enumerated() {
                let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }) {
                    words.append((String(word), "\(path):\(number + 1)"))
                }
            }
            if words.isEmpty { throw ShellError.usage("The server list '\(path)' names no servers.") }
        }
        if words.isEmpty {
            guard let current = shell.session.server else {
                throw ShellError.usage("No server chosen. Name servers ('report VA1OSDPATCH33 CA3OSDWIN01'), give '--file FILE', or 'use SERVER' first.")
            }
            words = [(current, nil)]
        }
        var seen = Set<String>(), ids: [ServerID] = []
        for (word, place) in words {
            let id: ServerID
            do {
                id = try ServerID(word)
            } catch {
                let prefix = place.map { "\($0): " } ?? ""
                throw ShellError.usage(prefix + error.description)
            }
            if seen.insert(id.value.uppercased()).inserted { ids.append(id) }
        }
        return ids
    }
}
