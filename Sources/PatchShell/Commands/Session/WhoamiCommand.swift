import PatchKit

/// `whoami`: the user, their account, the token's expiry (never the token) and the current context.
enum WhoamiCommand: ShellCommand {
    static let spec = CommandSpec(name: "whoami", group: .session, summary: "show who is logged in and where the session points",
                                  flags: FlagSpec.listing, examples: ["whoami", "whoami --format json"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let session = shell.session
        let loggedIn = session.token != nil && session.endpoints == shell.endpoints
        let expires = session.tokenExpires.map(PatchTimeFormat.utc)
        let fields: [(String, String?)] = [
            ("user", loggedIn ? session.user : nil),
            ("account", loggedIn ? session.accountAlias : nil),
            ("location", loggedIn ? session.locationAlias : nil),
            ("token_expires", loggedIn ? expires.map { $0 + " UTC" } : nil),
            ("alias", session.alias), ("server", session.server), ("execution", session.execution),
            ("api_url", shell.endpoints.api), ("patching_url", shell.endpoints.patching),
        ]
        var listing = Listing.keyValues(fields)
        var block = loggedIn ? "" : "Not logged in to \(shell.endpoints.api). Run 'login'.\n"
        for (name, value) in fields where value != nil {
            block += name + String(repeating: " ", count: 14 - name.count) + (value ?? "") + "\n"
        }
        listing.block = { [block] _ in block }
        try shell.emit(listing, call: call)
    }
}
