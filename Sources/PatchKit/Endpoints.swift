import Foundation

/// The two base URLs patchsh talks to: the v2 API (login, operations) and the patching service.
public struct Endpoints: Sendable, Equatable, Codable {
    /// e.g. `https://api.ctl.io`, without a trailing slash.
    public var api: String
    /// e.g. `https://patching.useast.appfog.ctl.io`, without a trailing slash.
    public var patching: String

    /// A plain memberwise initialiser; use `normalise` for user input.
    public init(api: String, patching: String) {
        self.api = api
        self.patching = patching
    }

    /// The real platform.
    public static let platform = Endpoints(api: "https://api.ctl.io", patching: "https://patching.useast.appfog.ctl.io")

    /// The environment variables that override the defaults.
    public static let apiVariable = "PATCHSH_API_URL"
    public static let patchingVariable = "PATCHSH_PATCHING_URL"

    /// The defaults overridden by `PATCHSH_API_URL` and `PATCHSH_PATCHING_URL` where set.
    public static func fromEnvironment(_ environment: [String: String], allowInsecureHTTP: Bool = false) throws(PatchError) -> Endpoints {
        var endpoints = platform
        if let value = environment[apiVariable], !value.isEmpty {
            endpoints.api = try normalise(value, allowInsecureHTTP: allowInsecureHTTP)
        }
        if let value = environment[patchingVariable], !value.isEmpty {
            endpoints.patching = try normalise(value, allowInsecureHTTP: allowInsecureHTTP)
        }
        return endpoints
    }

    /// Checks a base URL typed by a user: https (http only for a loopback host such as the emulator,
    /// unless `allowInsecureHTTP`), a host, no query or fragment; drops trailing `/`.
    public static func normalise(_ text: String, allowInsecureHTTP: Bool = false) throws(PatchError) -> String {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw .invalidEndpoint(value: text, reason: "not a URL")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidEndpoint(value: text, reason: "the scheme must be https (or http for a local emulator)")
        }
        guard let host = components.host, !host.isEmpty else { throw .invalidEndpoint(value: text, reason: "no host") }
        if let port = components.port, !(1...65_535).contains(port) {
            throw .invalidEndpoint(value: text, reason: "the port \(port) is not between 1 and 65535")
        }
        if scheme == "http", !allowInsecureHTTP, !isLoopback(host) {
            throw .invalidEndpoint(value: text, reason: "plain http would send the password and token unencrypted; "
                + "use https (http is accepted only for 127.0.0.1, ::1 and localhost, or with --insecure-http)")
        }
        guard components.query == nil, components.fragment == nil else {
            throw .invalidEndpoint(value: text, reason: "a base URL takes no query or fragment")
        }
        var result = text
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// 127.0.0.0/8, `::1` and `localhost`: addresses that never leave the machine.
    public static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// The URLs that would send traffic unencrypted over the network (http to a host that is not loopback).
    public var insecureURLs: [String] {
        [api, patching].filter { url in
            guard let components = URLComponents(string: url), components.scheme?.lowercased() == "http" else { return false }
            return !Self.isLoopback(components.host ?? "")
        }
    }
}

/// Percent-encodes identifiers so each is exactly one URL path segment, whatever it contains.
public enum PathSegment {
    /// Every byte outside RFC 3986's unreserved set is encoded, and so are `.` and `..` segments.
    public static func encode(_ text: String) -> String {
        if text == "." || text == ".." { return text.utf8.map { _ in "%2E" }.joined() }
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
