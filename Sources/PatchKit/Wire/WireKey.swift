/// A coding key for any name, so wire objects can be read with case-insensitive lookups (tolerance rule 1).
struct WireKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// A keyed container whose keys are found regardless of case, with lenient value readers (rules 1, 5, 6).
struct WireObject {
    private let container: KeyedDecodingContainer<WireKey>
    private let keys: [WireKey]

    init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: WireKey.self)
        // A handful of keys per object: a linear, allocation-free scan beats building a dictionary.
        keys = container.allKeys
    }

    /// The first of `names` present in the object (names given in lower case), matched in any case.
    private func key(_ names: [String]) -> WireKey? {
        for name in names {
            if let key = keys.first(where: { ASCIICase.equals($0.stringValue, name) }) { return key }
        }
        return nil
    }

    /// A string; numbers and booleans are accepted as their text, null and absence give nil.
    func string(_ names: String...) -> String? {
        guard let key = key(names), (try? container.decodeNil(forKey: key)) == false else { return nil }
        if let text = try? container.decode(String.self, forKey: key) { return text }
        if let number = try? container.decode(Int.self, forKey: key) { return String(number) }
        if let number = try? container.decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? container.decode(Bool.self, forKey: key) { return String(flag) }
        return nil
    }

    /// A string that must be present, else the body is not of the expected shape (rule 7).
    func requiredString(_ name: String) throws -> String {
        guard let text = string(name) else {
            throw DecodingError.keyNotFound(WireKey(stringValue: name), .init(
                codingPath: container.codingPath, debugDescription: "missing field '\(name)'"))
        }
        return text
    }

    /// A date-time in any accepted wire form; empty, null, absent or unreadable give nil (rule 4).
    func time(_ name: String) -> WireTime.Value { WireTime.parse(string(name)) }

    /// A boolean, accepting `true`/`false` strings too.
    func bool(_ name: String) -> Bool? {
        guard let key = key([name]) else { return nil }
        if let flag = try? container.decode(Bool.self, forKey: key) { return flag }
        return (try? container.decode(String.self, forKey: key)).map { $0.lowercased() == "true" }
    }

    /// A nested value of a Decodable type, or nil when absent or null.
    func decode<T: Decodable>(_ type: T.Type, _ names: String...) throws -> T? {
        guard let key = key(names), try container.decodeNil(forKey: key) == false else { return nil }
        return try container.decode(type, forKey: key)
    }

    /// Like `decode`, but a value of another type gives nil instead of an error.
    func attempt<T: Decodable>(_ type: T.Type, _ names: String...) -> T? {
        guard let key = key(names) else { return nil }
        return try? container.decode(type, forKey: key)
    }

    /// Whether the field is present and JSON null.
    func isNull(_ name: String) -> Bool {
        guard let key = key([name]) else { return false }
        return (try? container.decodeNil(forKey: key)) == true
    }

    /// Whether any of the names is present (even as null).
    func has(_ names: String...) -> Bool { key(names) != nil }
}
