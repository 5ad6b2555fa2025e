/// `$env.NAME` reads the process environment. The explicit prefix keeps a script's variables apart
/// from whatever the caller's environment holds (cron's differs from a login shell's), and lets the
/// one secret there, the password, be refused by name.
enum EnvironmentAccess {
    /// Variables a script may never read: `login` takes the password from the environment itself.
    static let secretNames: Set<String> = ["CLC_PASSWORD"]

    static let bareEnvMessage = "'env' is reserved for the environment: write $env.NAME (or ${env.NAME:-default}) to read NAME."

    static func secretMessage(_ name: String) -> String {
        "'$env.\(name)' cannot be read by a script: it holds the password, which 'login' reads itself."
    }
}

extension Shell {
    /// The value of an environment variable, or nil when it is not set.
    func environmentValue(_ name: String, at location: SourceLocation?) throws -> String? {
        guard !EnvironmentAccess.secretNames.contains(name) else {
            throw LocatedError(error: .usage(EnvironmentAccess.secretMessage(name)), location: location)
        }
        return configuration.environment[name]
    }
}
