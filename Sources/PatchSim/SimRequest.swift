import Foundation

/// An HTTP request as the router sees it: already parsed, independent of any socket.
public struct SimRequest: Sendable, Equatable {
    /// The method token, e.g. `GET` (case-sensitive, as HTTP says).
    public var method: String
    /// The request target as sent, e.g. `/rest/servers/OSD/server/X/patch?x=1`.
    public var target: String
    /// The HTTP version's major and minor numbers, e.g. `(1, 1)` as `major: 1, minor: 1`.
    public var version: SimHTTPVersion
    /// The header fields in the order received.
    public var headers: [SimHeader]
    /// The body bytes (empty when there was none).
    public var body: Data

    /// Creates a request; the defaults suit calling the router directly in tests.
    public init(
        method: String,
        target: String,
        version: SimHTTPVersion = .http11,
        headers: [SimHeader] = [],
        body: Data = Data()
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The value of the first header called `name` (case-insensitive), if any.
    public func header(_ name: String) -> String? {
        headers.first(named: name)
    }

    /// The target without its query string (still percent-encoded).
    public var path: String {
        String(target.prefix { $0 != "?" && $0 != "#" })
    }

    /// Whether the connection may carry another request after this one's response.
    ///
    /// HTTP/1.1 is persistent unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let tokens = (header("Connection") ?? "")
            .lowercased()
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if version >= .http11 {
            return !tokens.contains("close")
        }
        return tokens.contains("keep-alive")
    }
}

/// An HTTP protocol version.
public struct SimHTTPVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// The major number.
    public var major: Int
    /// The minor number.
    public var minor: Int

    /// Creates a version.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// HTTP/1.0.
    public static let http10 = SimHTTPVersion(major: 1, minor: 0)
    /// HTTP/1.1.
    public static let http11 = SimHTTPVersion(major: 1, minor: 1)

    /// Orders by major, then minor number.
    public static func < (lhs: SimHTTPVersion, rhs: SimHTTPVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// The wire form, e.g. `HTTP/1.1`.
    public var description: String { "HTTP/\(major).\(minor)" }
}
