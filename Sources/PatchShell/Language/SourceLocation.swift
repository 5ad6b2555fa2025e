/// Where a piece of source came from: file (or `-c`, `<stdin>`, `<prompt>`), line and column, both from 1.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var origin: String
    public var line: Int
    public var column: Int

    /// A plain memberwise initialiser.
    public init(origin: String, line: Int, column: Int) {
        self.origin = origin
        self.line = line
        self.column = column
    }

    /// `nightly.patchsh:3:14`.
    public var description: String { "\(origin):\(line):\(column)" }
}
