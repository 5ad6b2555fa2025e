import PatchKit

/// `use ALIAS [SERVER]` or `use SERVER`: chooses where the data commands look.
enum UseCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "use", group: .session, summary: "choose the account and server to look at",
        arguments: [ArgumentSpec("ALIAS|SERVER", help: "an account alias (e.g. OSD) or, once one is chosen, a server ID",
                                 optional: true, completion: .server),
                    ArgumentSpec("SERVER", help: "a server ID, e.g. VA1OSDPATCH33", optional: true, completion: .server)],
        examples: ["use OSD VA1OSDPATCH33", "use CA3OSDWIN01", "use OSD"],
        discussion: "With one argument, a word shaped like a server ID (a data-centre code such as VA1, then at "
            + "least four more letters or digits) is a server in the current account; anything else is an account "
            + "alias. With no argument, the current choice is shown.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        var session = shell.session
        switch call.arguments.count {
        case 0:
            shell.output.line(contextLine(session))
            return
        case 1:
            let word = call.arguments[0]
            if looksLikeServer(word) {
                guard session.alias != nil else {
                    throw ShellError.usage("'\(word)' looks like a server, but no account is chosen. Use 'use ALIAS \(word)'.")
                }
                session.server = try ServerID(word).value
            } else {
                session.alias = try AccountAlias(word).value
                session.server = nil
            }
        default:
            session.alias = try AccountAlias(call.arguments[0]).value
            session.server = try ServerID(call.arguments[1]).value
        }
        session.execution = nil
        if let alias = session.alias { shell.interactive.seen.saw(alias: alias) }
        if let server = session.server { shell.interactive.seen.saw(server: server) }
        shell.session = session
        shell.persist()
        shell.output.line(contextLine(session))
    }

    /// `VA1OSDPATCH33`: two letters, a digit, then four or more letters or digits.
    static func looksLikeServer(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 7, scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) else {
            return false
        }
        return scalars[0].properties.isAlphabetic && scalars[1].properties.isAlphabetic && ("0"..."9").contains(scalars[2])
    }

    private static func contextLine(_ session: PersistedSession) -> String {
        guard let alias = session.alias else { return "No account chosen." }
        guard let server = session.server else { return "Using account \(alias) (no server chosen)." }
        return "Using server \(server) in account \(alias)."
    }
}
