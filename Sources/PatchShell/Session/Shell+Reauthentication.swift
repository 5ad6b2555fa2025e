import PatchKit

extension Shell {
    /// Whether an API failure means the token is no longer good (401/403 or past its lifetime).
    static func isExpiredSession(_ error: PatchError) -> Bool {
        switch error.underlying {
        case .unauthorized, .sessionExpired: return true
        default: return false
        }
    }

    /// Logs in again after the session expired, so the failed command can be repeated: once per
    /// process from CLC_USER / CLC_PASSWORD, else by asking the person at the terminal. False when
    /// neither is possible or the person declines; the caller then reports the original error.
    func reauthenticate(after error: PatchError) async throws -> Bool {
        let environment = configuration.environment
        if !resilience.environmentLoginUsed, let user = environment["CLC_USER"], !user.isEmpty,
           let password = environment["CLC_PASSWORD"], !password.isEmpty {
            resilience.environmentLoginUsed = true
            errors.line("note: the session expired; logging in again as \(user) (from CLC_USER and CLC_PASSWORD).")
            try await LoginCommand.logIn(user: user, password: password, in: self, announce: errors)
            return true
        }
        guard configuration.interactive, let user = session.user ?? environment["CLC_USER"] else { return false }
        errors.line(error.description)
        let answer = SecretReader.readVisible(prompt: "Log in again as \(user) and repeat the command? [Y/n] ")
        guard let answer, ["", "y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            return false
        }
        switch SecretReader.readHidden(prompt: "Password for \(user): ") {
        case .success(let password) where !password.isEmpty:
            try await LoginCommand.logIn(user: user, password: password, in: self, announce: errors)
            return true
        default:
            return false
        }
    }
}
