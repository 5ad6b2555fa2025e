/// Why bytes could not be read as an HTTP request; each maps to the status the server answers.
public enum HTTPParseError: Error, Sendable, Equatable {
    /// The request line is not `METHOD SP target SP HTTP/x.y`.
    case malformedRequestLine
    /// The version is not HTTP/1.x.
    case unsupportedVersion
    /// A header line is not `name: value` with a token name and no control bytes.
    case malformedHeader
    /// The request line and headers exceed the limit, or there are too many fields.
    case headersTooLarge
    /// Content-Length is above the body limit.
    case bodyTooLarge
    /// Content-Length is not a number, or several disagree.
    case invalidContentLength
    /// A Transfer-Encoding (e.g. chunked) body, which the emulator does not accept.
    case unsupportedTransferEncoding

    /// The HTTP status the server answers with before closing the connection.
    public var status: Int {
        switch self {
        case .malformedRequestLine, .malformedHeader, .invalidContentLength: 400
        case .unsupportedVersion: 505
        case .headersTooLarge: 431
        case .bodyTooLarge: 413
        case .unsupportedTransferEncoding: 411
        }
    }

    /// The `message` of the JSON error body.
    public var message: String {
        switch self {
        case .malformedRequestLine: "The request could not be parsed: malformed request line."
        case .unsupportedVersion: "The request could not be parsed: only HTTP/1.0 and HTTP/1.1 are supported."
        case .malformedHeader: "The request could not be parsed: malformed header field."
        case .headersTooLarge: "The request headers are too large."
        case .bodyTooLarge: "The request body is too large."
        case .invalidContentLength: "The request could not be parsed: invalid Content-Length."
        case .unsupportedTransferEncoding: "Transfer-Encoding is not supported; send a Content-Length body."
        }
    }

    /// The response the server sends for this error.
    public var response: SimResponse { .message(status, message) }
}
