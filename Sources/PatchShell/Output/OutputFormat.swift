/// How data commands print their results.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people (the default on a terminal).
    case table
    /// Tab-separated values without a header (the default elsewhere), for `$( … )` and pipes.
    case plain
    /// One JSON document with patchsh's own schema (docs/COMMANDS.md).
    case json
    /// One compact JSON object per line (newline-delimited JSON), for streaming tools.
    case ndjson
    /// RFC 4180 CSV with a header line of field names.
    case csv

    /// The names accepted by `--format`.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// Formats for programs: exact data, UTC times, no colour.
    public var isMachine: Bool { self == .json || self == .ndjson || self == .csv }
}

/// Everything that decides how a listing prints, resolved once per command.
public struct RenderContext: Sendable {
    public var format: OutputFormat
    public var times: TimeDisplay
    /// SGR colour for statuses (table on a terminal, unless `NO_COLOR` or `TERM=dumb`).
    public var colour: Bool
    /// Table lines are fitted to this many columns; nil leaves them whole.
    public var width: Int?
    /// `--fields`, in order; nil for the listing's defaults.
    public var fields: [String]?
    public var sortKey: String?
    public var reverse: Bool

    /// A context; by default plain text, UTC, no colour, no width, default fields.
    public init(format: OutputFormat, times: TimeDisplay = .utc, colour: Bool = false, width: Int? = nil,
                fields: [String]? = nil, sortKey: String? = nil, reverse: Bool = false) {
        self.format = format
        self.times = times
        self.colour = colour
        self.width = width
        self.fields = fields
        self.sortKey = sortKey
        self.reverse = reverse
    }
}
