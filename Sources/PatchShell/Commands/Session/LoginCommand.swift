import Foundation
import PatchKit

/// `login [USER]`: gets a bearer token. The password comes from `--password-stdin`, `CLC_PASSWORD`,
/// or a prompt without echo, and is dropped as soon as the request is made.
enum LoginCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "login", group: .session, summary: "log in and keep the token for two weeks",
        arguments: [ArgumentSpec("USER", help: "the user name (default: $CLC_USER, else asked for)", optional: true)],
        flags: [FlagSpec("password-stdin", help: "read the password from the first line of standard input"),
                FlagSpec("if-needed", help: "do nothing when the session already has a valid token for these endpoints")],
        examples: ["login ops@example.com", "login demo --password-stdin", "login --if-needed"],
        discussion: "Without --password-stdin the password is taken from $CLC_PASSWORD, or asked for without echo "
            + "when patchsh runs at a terminal. The password is never stored; the token is kept, mode 0600, in "
            + "the session file.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        if call.has("if-needed"), (try? await shell.requireLogin()) != nil, call.argument(0).map({ $0 == shell.session.user }) ?? true {
            shell.output.line("Already logged in as \(shell.session.user ?? "?").")
            return
        }
        let environment = shell.configuration.environment
        guard let user = call.argument(0) ?? environment["CLC_USER"].flatMap({ $0.isEmpty ? nil : $0 }) ?? askUser(shell) else {
            throw ShellError.usage("No user name: give one ('login USER') or set CLC_USER.")
        }
        let password = try readPassword(call, shell: shell, user: user)
        try await logIn(user: user, password: password, in: shell, announce: shell.output)
    }

    /// Logs in, keeps the token in the session file and says so on `announce`; the password goes
    /// no further than the login request.
    @MainActor static func logIn(user: String, password: String, in shell: Shell, announce: TextSink) async throws {
        let result = try await shell.client.login(username: user, password: password)
        var session = shell.session
        session.user = result.userName.isEmpty ? user : result.userName
        session.accountAlias = result.accountAlias
        session.locationAlias = result.locationAlias
        session.token = result.bearerToken
        session.tokenExpires = Date().addingTimeInterval(LoginResult.tokenLifetime)
        session.endpoints = shell.endpoints
        if session.alias == nil {
            session.alias = result.accountAlias
        }
        shell.session = session
        shell.persist()
        let place = [result.accountAlias, result.locationAlias].compactMap { $0 }.joined(separator: ", ")
        let until = session.tokenExpires.map(PatchTimeFormat.utc) ?? "?"
        announce.line("Logged in as \(session.user ?? user) (account \(place)). Token valid until \(until) UTC.")
    }

    @MainActor private static func askUser(_ shell: Shell) -> String? {
        guard shell.configuration.interactive else { return nil }
        let name = SecretReader.readVisible(prompt: "User: ")?.trimmingCharacters(in: .whitespaces)
        return name?.isEmpty == false ? name : nil
    }

    @MainActor private static func readPassword(_ call: CommandCall, shell: Shell, user: String) throws(ShellError) -> String {
        if call.has("password-stdin") {
            guard !shell.configuration.standardInputIsScript else {
                throw .usage("--password-stdin cannot be used while the script itself is read from standard input. "
                    + "Run the script as a file, or set CLC_PASSWORD.")
            }
            guard let line = SecretReader.readLineFromStandardInput(), !line.isEmpty else {
                throw .failed("No password on standard input.", status: .authentication)
            }
            return line
        }
        if let password = shell.configuration.environment["CLC_PASSWORD"], !password.isEmpty { return password }
        guard shell.configuration.interactive else {
            throw .failed("No password: use --password-stdin or set CLC_PASSWORD when not at a terminal.", status: .authentication)
        }
        switch SecretReader.readHidden(prompt: "Password for \(user): ") {
        case .success(let password) where !password.isEmpty: return password
        case .success: throw .failed("Login cancelled: empty password.", status: .authentication)
        case .failure(.interrupted): throw .failed("Login cancelled.", status: .interrupted)
        case .failure: throw .failed("Login cancelled: no password was read.", status: .authentication)
        }
    }
}
