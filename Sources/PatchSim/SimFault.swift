import Foundation

/// One injected fault: what goes wrong, on which requests, and how often.
///
/// Written as `key=value` pairs, the same in a `--fault` flag (`path=/rest/*,fault=status,status=503,times=2`)
/// and as a JSON object for `POST /_sim/faults` (`{"path": "/rest/*", "fault": "status", "status": 503}`).
public struct SimFault: Sendable, Equatable {
    /// What happens to a request the fault selects.
    public enum Kind: Sendable, Equatable {
        /// The answer comes this many seconds late (a large value is a stalled server).
        case latency(TimeInterval)
        /// The answer is this HTTP status with a v2 error body, e.g. 500, 502, 503, 504.
        case status(Int)
        /// HTTP 429 with this `Retry-After` value (seconds or an HTTP date).
        case tooManyRequests(retryAfter: String)
        /// The connection closes without any answer.
        case dropBeforeResponse
        /// The head and part of the body are sent, then the connection closes (Content-Length unmet).
        case dropDuringBody
        /// A complete HTTP message whose JSON body is cut in half.
        case truncatedBody
        /// A body that is not JSON at all, though labelled JSON.
        case malformedBody
        /// An HTML page, as a proxy or gateway sends, with this status.
        case htmlBody(status: Int)
        /// The JSON body with bytes that are not UTF-8 inside a string.
        case invalidUTF8
        /// A valid JSON body padded with spaces to this many bytes.
        case hugeBody(bytes: Int)
        /// Valid JSON of the wrong shape for the endpoint.
        case wrongShape
        /// Every token issued so far stops being valid, so the request gets 401.
        case expireTokens
    }

    /// Which paths: a glob where `*` matches any run of characters (including `/`), or, without
    /// `*`, a prefix. Matched against the request path as sent (percent-encoded), case-insensitively.
    public var path: String
    /// Only requests with this method, when set.
    public var method: String?
    /// What goes wrong.
    public var kind: Kind
    /// Every Nth selected request (1 = all of them).
    public var every: Int
    /// Instead of `every`: each selected request with this probability, from a generator seeded by `seed`.
    public var probability: Double?
    /// The seed of the generator behind `probability`.
    public var seed: UInt64
    /// At most this many injections, then the fault is spent; nil = no limit.
    public var times: Int?

    /// A fault on every request under `path`.
    public init(path: String, method: String? = nil, kind: Kind, every: Int = 1, probability: Double? = nil,
                seed: UInt64 = 1, times: Int? = nil) {
        self.path = path
        self.method = method
        self.kind = kind
        self.every = every
        self.probability = probability
        self.seed = seed
        self.times = times
    }

    /// Whether `requestPath` is one this fault is about.
    func matches(method requestMethod: String, path requestPath: String) -> Bool {
        if let method, method.uppercased() != requestMethod.uppercased() { return false }
        let pattern = Array(path.lowercased().utf8)
        let text = Array(requestPath.lowercased().utf8)
        guard pattern.contains(UInt8(ascii: "*")) else { return text.starts(with: pattern) }
        return Self.glob(pattern[...], text[...])
    }

    /// Iterative glob match with single-star backtracking: linear in practice, never recursive.
    private static func glob(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: Int?, resume = text.startIndex
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                star = p
                p += 1
                resume = t
            } else if p < pattern.endIndex, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
