/// One syntax error, with the exact place it was found.
public struct SyntaxDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    /// A plain memberwise initialiser.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `file:3:14: error: unterminated double quote`.
    public var description: String { "\(location): error: \(message)" }
}
