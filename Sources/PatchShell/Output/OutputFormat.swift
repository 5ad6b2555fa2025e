/// How data commands print their results.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people (the default on a terminal).
    case table
    /// Tab-separated values without a header (the default elsewhere), for `$( … )` and pipes.
    case plain
    /// One JSON document with patchsh's own schema (docs/COMMANDS.md).
    case json
    /// RFC 4180 CSV with a header line.
    case csv

    /// The names accepted by `--format`.
    public static var names: [String] { allCases.map(\.rawValue) }
}
