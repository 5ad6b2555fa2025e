import PatchKit

/// `apply [SERVER…] --os windows2012|rhel [--package-id ID] [--yes]`: queues patching through Execute Package.
enum ApplyCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "apply", group: .patching, summary: "queue patching on servers (Execute Package)",
        arguments: [ArgumentSpec("SERVER", help: "servers of the current account (default: the current server)",
                                 optional: true, variadic: true, completion: .server)],
        flags: [
            FlagSpec("os", help: "choose the package by operating system", value: .choice(["windows2012", "rhel"])),
            FlagSpec("package-id", help: "run this package instead (overrides --os's id, keeps its parameters)",
                     value: .text(placeholder: "ID", completion: .none)),
            FlagSpec("yes", help: "do not ask for confirmation (needed when standard input is not a terminal)"),
        ] + FlagSpec.listing,
        examples: ["apply VA1OSDPATCH33 CA3OSDWIN01 --os windows2012 --yes"],
        discussion: """
            Patching reboots the servers, possibly several times: put them in maintenance mode first. \
            Asks 'Apply patches to N servers in ALIAS? [y/N]' at a terminal; elsewhere (cron, CI, a pipe) \
            it refuses with status 2 unless --yes is given.

            Packages: --os windows2012 runs b229535c-a313-4a31-baf8-6aa71ff4b9ed (Windows 2012 and 2012 R2); \
            --os rhel runs c3c6642e-24e1-4c37-b56a-1cf1476ee360 with {"patch.debug.mode": "false"} (RHEL 5/6/7, \
            CentOS 5/6), as the API documentation and the vendor CLI name it. The knowledge-base article names \
            5d743f04-a9ce-4174-a7c8-52df93c47c08 for RHEL/CentOS instead: the sources disagree, so \
            --package-id ID chooses another package.

            Prints one line per server: queued with its status ID, or the platform's reason. Exits 1 when \
            any server was not queued. The request is sent once and never repeated (a repeat could patch \
            twice). 'wait' then follows everything queued.
            """)

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let package = try chosenPackage(call)
        let (alias, servers) = try targets(call, shell: shell)
        try confirm(servers: servers, alias: alias, call: call, shell: shell)
        try await shell.requireLogin()
        _ = try shell.renderContext(for: call)
        // A failed request leaves nothing for 'wait' to follow, not the previous apply's work.
        shell.applied.last = []
        let answers = try await shell.client.executePackage(alias: alias, servers: servers, package: package)
        shell.applied.last = answers.compactMap { answer in
            guard answer.isQueued, let statusID = answer.statusID, let server = try? ServerID(answer.server) else { return nil }
            return AppliedExecution(alias: alias, server: server, statusID: statusID)
        }
        try shell.emit(PatchingViews.queued(answers), call: call)
        let refused = answers.filter { !$0.isQueued }.count
        if refused > 0 {
            throw ShellError.failed("\(refused) of \(answers.count) servers \(refused == 1 ? "was" : "were") not queued.",
                                    status: .failure)
        }
    }

    static func chosenPackage(_ call: CommandCall) throws(ShellError) -> PatchPackage {
        var package: PatchPackage
        switch call.value("os") {
        case "windows2012": package = .windows2012
        case "rhel": package = .rhel
        default:
            guard call.has("package-id") else {
                throw .usage("'apply' needs the package: --os windows2012, --os rhel or --package-id ID.")
            }
            package = PatchPackage(id: "")
        }
        if let id = call.value("package-id") {
            let trimmed = id.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw .usage("'\(id)' is not a package ID (expected letters, digits and dashes, e.g. 5d743f04-a9ce-4174-a7c8-52df93c47c08).")
            }
            package.id = trimmed
        }
        return package
    }

    /// The account and the servers, each validated before anything is sent; repeats are dropped.
    @MainActor static func targets(_ call: CommandCall, shell: Shell) throws -> (AccountAlias, [ServerID]) {
        guard !call.arguments.isEmpty else {
            let (alias, server) = try shell.currentServer()
            return (alias, [server])
        }
        guard let aliasText = shell.session.alias else {
            throw ShellError.usage("No account chosen. Use 'use ALIAS' first (e.g. 'use OSD').")
        }
        let alias = try AccountAlias(aliasText)
        var servers: [ServerID] = []
        for word in call.arguments {
            let server = try ServerID(word)
            if !servers.contains(server) { servers.append(server) }
        }
        return (alias, servers)
    }

    /// Asks at a terminal; refuses elsewhere unless `--yes`, so a script never hangs on a question.
    @MainActor static func confirm(servers: [ServerID], alias: AccountAlias, call: CommandCall, shell: Shell) throws(ShellError) {
        if call.has("yes") { return }
        guard shell.configuration.interactive, !shell.configuration.standardInputIsScript else {
            throw .usage("'apply' changes servers and asks first, but standard input is not a terminal: "
                + "add --yes to apply without asking.")
        }
        let names = servers.count <= 3 ? " (" + servers.map(\.value).joined(separator: ", ") + ")" : ""
        let what = servers.count == 1 ? "1 server" : "\(servers.count) servers"
        let answer = SecretReader.readVisible(prompt: "Apply patches to \(what) in \(alias)\(names)? [y/N] ")
        guard let answer, ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw .failed("Nothing was queued.", status: .failure)
        }
    }
}
