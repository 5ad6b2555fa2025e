import Foundation

/// An account alias such as `OSD`: a short alphanumeric code, case-insensitive on the platform.
public struct AccountAlias: Hashable, Sendable, CustomStringConvertible {
    /// The alias in upper case, as the platform prints it.
    public let value: String

    /// Validates user input; the alias becomes one URL path segment, so only letters and digits pass.
    public init(_ raw: String) throws(PatchError) {
        value = try IdentifierRule.check(raw, kind: "account alias", maxLength: 10,
                                         allowsDash: false, expected: "letters and digits, e.g. OSD")
    }

    public var description: String { value }
}

/// A server ID such as `VA1OSDPATCH33`: data centre, alias, name and a two-digit number.
public struct ServerID: Hashable, Sendable, CustomStringConvertible {
    /// The server ID in upper case.
    public let value: String

    /// Validates user input: letters, digits and dashes only, so it is always one path segment.
    public init(_ raw: String) throws(PatchError) {
        value = try IdentifierRule.check(raw, kind: "server ID", maxLength: 64,
                                         allowsDash: true, expected: "letters and digits, e.g. VA1OSDPATCH33")
    }

    public var description: String { value }
}

/// An execution ID such as `VA1-132457` (documented as `aa#-######`).
public struct ExecutionID: Hashable, Sendable, CustomStringConvertible {
    /// The execution ID in upper case.
    public let value: String

    /// Validates user input. The documented shape is checked loosely (letters, digits, dashes) so that
    /// an ID the platform itself returned in another shape can still be looked up.
    public init(_ raw: String) throws(PatchError) {
        value = try IdentifierRule.check(raw, kind: "execution ID", maxLength: 64,
                                         allowsDash: true, expected: "like VA1-132457")
    }

    public var description: String { value }
}

/// The one rule all identifiers share: non-empty, bounded, ASCII letters/digits (and dashes where allowed).
enum IdentifierRule {
    static func check(_ raw: String, kind: String, maxLength: Int, allowsDash: Bool,
                      expected: String) throws(PatchError) -> String {
        let ok = !raw.isEmpty && raw.utf8.count <= maxLength && raw.utf8.first != UInt8(ascii: "-")
            && raw.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || (allowsDash && byte == UInt8(ascii: "-"))
            }
        guard ok else { throw PatchError.invalidIdentifier(kind: kind, value: raw, expected: expected) }
        return raw.uppercased()
    }
}
