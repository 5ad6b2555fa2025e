/// Variable names that follow the session or the script (`$?`, `$alias`, …): `set`, `unset` and
/// `for` may not change them. Kept at the language level so the lexer and parser build on their own
/// (the fuzz target compiles only `Language/`).
enum ReadOnlyNames {
    static let all: Set<String> = ["?", "#", "@", "0", "alias", "server", "execution", "user", "env"]

    static func contains(_ name: String) -> Bool { all.contains(name) }
}
