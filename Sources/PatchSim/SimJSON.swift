import Foundation

/// A JSON value whose objects keep their keys in the order written.
///
/// PatchSim builds every body from this type rather than from the client's models, so the
/// emulator and PatchKit cannot share a decoding mistake; ordered keys make the wire read
/// like the samples in `api/samples/`.
public indirect enum SimJSON: Sendable, Equatable {
    /// A JSON string.
    case string(String)
    /// A JSON integer (the API only ever sends whole numbers).
    case number(Int)
    /// A JSON boolean.
    case bool(Bool)
    /// JSON `null`.
    case null
    /// A JSON array.
    case array([SimJSON])
    /// A JSON object, keys in wire order.
    case object([Member])

    /// One key/value pair of an object.
    public struct Member: Sendable, Equatable {
        /// The key, exactly as sent (case and spelling matter to the tolerance tests).
        public var key: String
        /// The value.
        public var value: SimJSON

        /// Creates a member.
        public init(_ key: String, _ value: SimJSON) {
            self.key = key
            self.value = value
        }
    }

    /// The compact UTF-8 encoding of this value.
    public var data: Data {
        var text = ""
        write(to: &text)
        return Data(text.utf8)
    }

    /// Looks up a key of an object exactly; `nil` for other values or a missing key.
    public subscript(key: String) -> SimJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    private func write(to text: inout String) {
        switch self {
        case .string(let value):
            SimJSON.writeString(value, to: &text)
        case .number(let value):
            text += String(value)
        case .bool(let value):
            text += value ? "true" : "false"
        case .null:
            text += "null"
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                element.write(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                SimJSON.writeString(member.key, to: &text)
                text += ":"
                member.value.write(to: &text)
            }
            text += "}"
        }
    }

    private static func writeString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}

extension SimJSON: ExpressibleByStringLiteral {
    /// Creates a string value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension SimJSON: ExpressibleByIntegerLiteral {
    /// Creates a number value from a literal.
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension SimJSON: ExpressibleByBooleanLiteral {
    /// Creates a boolean value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension SimJSON: ExpressibleByArrayLiteral {
    /// Creates an array value from a literal.
    public init(arrayLiteral elements: SimJSON...) { self = .array(elements) }
}

extension SimJSON: ExpressibleByDictionaryLiteral {
    /// Creates an object from a literal, keeping the keys in the order written.
    public init(dictionaryLiteral elements: (String, SimJSON)...) {
        self = .object(elements.map { Member($0.0, $0.1) })
    }
}
