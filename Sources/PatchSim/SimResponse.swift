import Foundation

/// An HTTP response produced by the router; the connection layer adds framing headers.
public struct SimResponse: Sendable, Equatable {
    /// The status code, e.g. 200.
    public var status: Int
    /// Extra header fields (Content-Type and Content-Length are always added on the wire).
    public var headers: [SimHeader]
    /// The body bytes; JSON unless a fault says otherwise.
    public var body: Data
    /// Seconds to wait before sending (fault injection: latency).
    public var delay: TimeInterval = 0
    /// How much of the message reaches the client (fault injection: dropped connections).
    public var delivery: Delivery = .complete

    /// How the connection sends a response.
    public enum Delivery: Sendable, Equatable {
        /// The whole message.
        case complete
        /// Nothing: the connection closes before the answer.
        case dropBeforeResponse
        /// The head and half the body, then the connection closes.
        case dropDuringBody
    }

    /// Creates a response with a raw body.
    public init(status: Int, headers: [SimHeader] = [], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a JSON response.
    public init(status: Int, headers: [SimHeader] = [], json: SimJSON) {
        self.init(status: status, headers: headers, body: json.data)
    }

    /// A JSON error body `{"message": ...}`, the shape every v2 API error has.
    public static func message(_ status: Int, _ text: String, headers: [SimHeader] = []) -> SimResponse {
        SimResponse(status: status, headers: headers, json: ["message": .string(text)])
    }

    /// The value of the first header called `name` (case-insensitive), if any.
    public func header(_ name: String) -> String? {
        headers.first(named: name)
    }

    /// The standard reason phrase for the status code.
    public var reasonPhrase: String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 431: "Request Header Fields Too Large"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        default: "Status \(status)"
        }
    }

    /// The complete HTTP/1.1 message: status line, headers, blank line, body.
    ///
    /// `keepAlive` says whether the connection stays open; `version` is the request's,
    /// so an HTTP/1.0 client that asked for keep-alive is told it got it.
    public func serialized(keepAlive: Bool, requestVersion version: SimHTTPVersion = .http11) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(reasonPhrase)\r\n"
        head += "Content-Type: \(header("Content-Type") ?? "application/json; charset=utf-8")\r\n"
        head += "Content-Length: \(body.count)\r\n"
        head += "Server: patchsim\r\n"
        if !keepAlive {
            head += "Connection: close\r\n"
        } else if version < .http11 {
            head += "Connection: keep-alive\r\n"
        }
        for field in headers {
            let lowered = field.name.lowercased()
            // Framing headers are ours alone: a router must not be able to desynchronise the stream.
            if ["content-type", "content-length", "connection", "transfer-encoding"].contains(lowered) { continue }
            head += "\(field.name): \(field.value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + Array(body)
    }
}
