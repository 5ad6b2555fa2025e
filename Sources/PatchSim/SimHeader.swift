/// One HTTP header field, kept as received (names compare case-insensitively).
public struct SimHeader: Sendable, Equatable {
    /// The field name as sent.
    public var name: String
    /// The field value with surrounding whitespace removed.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == SimHeader {
    /// The value of the first field called `name`, compared case-insensitively.
    func first(named name: String) -> String? {
        let wanted = name.lowercased()
        return first { $0.name.lowercased() == wanted }?.value
    }
}
