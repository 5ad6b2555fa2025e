/// `logout`: forgets the token (the platform has no revoke call; the token simply is not kept).
enum LogoutCommand: ShellCommand {
    static let spec = CommandSpec(name: "logout", group: .session, summary: "forget the token and the login",
                                  examples: ["logout"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let user = shell.session.user
        shell.session.clearLogin()
        await shell.client.setToken(nil)
        shell.persist()
        shell.output.line(user.map { "Logged out \($0)." } ?? "Not logged in.")
    }
}
