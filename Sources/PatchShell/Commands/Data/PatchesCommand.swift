import Foundation
import PatchKit

/// `patches`: the patches of the current execution, filtered by patchsh's failure rule, status, KB,
/// text and time; the filters combine (every one given must match).
enum PatchesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "patches", group: .data, summary: "list the patches of the current execution",
        flags: [FlagSpec("failed", help: "only failed patches: status failed, or result code 4 (failed) or 5 (aborted)"),
                FlagSpec("status", help: "only patches with this status", value: .choice(["pending", "running", "completed", "failed"]),
                         repeatable: true),
                FlagSpec("kb", help: "only this KB number (KB3123245 or 3123245) or package name", value: .text(placeholder: "KB", completion: .none),
                         repeatable: true),
                FlagSpec("grep", help: "only patches whose messages contain TEXT (case-insensitive)",
                         value: .text(placeholder: "TEXT", completion: .none)),
                FlagSpec("since", help: "only patches started at or after TIME (2016-03-14 09:05, an ISO time, or an age: 12h, 7d)",
                         value: .text(placeholder: "TIME", completion: .none)),
               ] + FlagSpec.listing,
        examples: ["patches", "patches --failed", "patches --status pending --format csv",
                   "patches --grep 'windows server' --since '2016-03-14 09:05' --fields kb,title",
                   "patches --sort duration_seconds --reverse"],
        discussion: "A patch whose status says completed but whose result code is 4 or 5 counts as failed, and its "
            + "status shows both ('failed (reported completed)'). Result code 3 (succeeded with errors) is listed "
            + "as a warning but not as failed. Filters combine: a patch is listed when it matches every one given.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let (alias, server) = try shell.currentServer()
        let filter = try PatchFilter(call, zone: shell.timeDisplay(for: try shell.renderContext(for: call).format))
        try await shell.requireLogin()
        let id = try await ExecutionCommand.resolve(nil, shell: shell, alias: alias, server: server)
        let detail = try await shell.client.execution(alias: alias, server: server, id: id)
        let patches = detail.patches.filter(filter.matches)
        let note = detail.hasPatchDetails
            ? (filter.onlyFailed && filter.isOnlyFailed ? "No failed patches in \(id)." : "No matching patches in \(id).")
            : "The platform reported \(detail.patchCount) patches for \(id) but sent no details."
        try shell.emit(PatchViews.patches(patches, note: note), call: call)
    }
}

/// The filters of `patches`, checked once before any request.
struct PatchFilter {
    var onlyFailed: Bool
    var statuses: Set<String>
    var references: Set<String>
    var text: String?
    var since: Date?

    /// True when `--failed` is the only filter (for the empty-listing note).
    var isOnlyFailed: Bool { statuses.isEmpty && references.isEmpty && text == nil && since == nil }

    init(_ call: CommandCall, zone: TimeDisplay) throws(ShellError) {
        onlyFailed = call.has("failed")
        statuses = Set(call.values("status"))
        references = Set(try call.values("kb").map { value throws(ShellError) in
            let word = value.trimmingCharacters(in: .whitespaces).lowercased()
            guard !word.isEmpty else { throw .usage("'--kb' needs a KB number such as KB3123245.") }
            return word.allSatisfy(\.isNumber) ? "kb" + word : word
        })
        text = call.value("grep")
        if text?.isEmpty == true { throw .usage("'--grep' needs some text to look for.") }
        since = try call.value("since").map { value throws(ShellError) in try TimeArgument.parse(value, flag: "since", zone: zone) }
    }

    func matches(_ patch: Patch) -> Bool {
        if onlyFailed, !patch.isFailed { return false }
        if !statuses.isEmpty, !statuses.contains(patch.effectiveStatus.description) { return false }
        if !references.isEmpty {
            let own = [patch.kb, patch.package?.name].compactMap { $0?.lowercased() }
            if !own.contains(where: references.contains) { return false }
        }
        if let text {
            let haystack = patch.beginMessage + "\n" + (patch.endMessage ?? "")
            if haystack.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) == nil { return false }
        }
        if let since {
            guard let started = patch.startTime ?? patch.endTime, started >= since else { return false }
        }
        return true
    }
}
