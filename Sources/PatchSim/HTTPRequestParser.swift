import Foundation

/// Parses one HTTP/1.x request from the front of a byte buffer.
///
/// A pure function of its input: it never reads a socket, keeps no state between calls and
/// never traps, whatever the bytes (it is fuzzed). The connection calls it again after every
/// read until it answers `.complete` or `.failure`.
public struct HTTPRequestParser: Sendable, Equatable {
    /// Largest request line plus header section, in bytes, including the blank line.
    public var maxHeaderBytes: Int
    /// Largest body, in bytes.
    public var maxBodyBytes: Int
    /// Most header fields accepted in one request.
    public var maxHeaderCount: Int

    /// Creates a parser with the emulator's limits (16 KiB of headers, 1 MiB of body).
    public init(maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 1024 * 1024, maxHeaderCount: Int = 100) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderCount = maxHeaderCount
    }

    /// What one call to `parse` found.
    public enum Result: Sendable, Equatable {
        /// More bytes are needed; nothing is wrong so far.
        case incomplete
        /// The head is complete and valid but the body has not all arrived; the request carries
        /// the head with an empty body (so a server can answer `Expect: 100-continue`).
        case awaitingBody(SimRequest)
        /// A whole request, and how many bytes of the buffer it used (pipelined bytes follow).
        case complete(SimRequest, consumed: Int)
        /// The bytes cannot become a valid request; answer with the error's status and close.
        case failure(HTTPParseError)
    }

    private static let maxLeadingBlankBytes = 64

    /// Parses the request at the start of `bytes`.
    public func parse(_ bytes: [UInt8]) -> Result {
        // RFC 9112 §2.2: ignore empty lines before a request line.
        var start = 0
        while start + 1 < bytes.count, bytes[start] == 13, bytes[start + 1] == 10 { start += 2 }
        // A stream of blank lines is not a client being polite: stop buffering it.
        guard start <= Self.maxLeadingBlankBytes else { return .failure(.malformedRequestLine) }

        let limit = max(maxHeaderBytes, 0)
        let windowEnd = bytes.count - start > limit ? start + limit : bytes.count
        let window = bytes[start..<windowEnd]
        guard let headerEnd = Self.find([13, 10, 13, 10], in: window) else {
            if let failure = earlyFailure(window) { return .failure(failure) }
            return bytes.count - start >= limit ? .failure(.headersTooLarge) : .incomplete
        }

        var lines = Self.split(bytes[start..<headerEnd])
        guard !lines.isEmpty else { return .failure(.malformedRequestLine) }
        let requestLine = lines.removeFirst()
        let head: (method: String, target: String, version: SimHTTPVersion)
        switch Self.parseRequestLine(requestLine) {
        case .success(let parsed): head = parsed
        case .failure(let error): return .failure(error)
        }
        guard lines.count <= maxHeaderCount else { return .failure(.headersTooLarge) }

        var headers: [SimHeader] = []
        for line in lines {
            guard let field = Self.parseHeader(line) else { return .failure(.malformedHeader) }
            headers.append(field)
        }

        if headers.contains(where: { $0.name.lowercased() == "transfer-encoding" }) {
            return .failure(.unsupportedTransferEncoding)
        }
        let length: Int
        switch contentLength(headers) {
        case .success(let value): length = value
        case .failure(let error): return .failure(error)
        }

        let bodyStart = headerEnd + 4
        var request = SimRequest(method: head.method, target: head.target, version: head.version, headers: headers)
        guard bytes.count - bodyStart >= length else { return .awaitingBody(request) }
        request.body = Data(bytes[bodyStart..<(bodyStart + length)])
        return .complete(request, consumed: bodyStart + length)
    }

    /// Rejects a request whose first bytes already cannot start a request line, so garbage
    /// without a blank line is answered at once instead of after the idle timeout.
    private func earlyFailure(_ window: ArraySlice<UInt8>) -> HTTPParseError? {
        // A lone CR may be the first half of a blank preamble line still in flight.
        if window.first == 13 { return nil }
        for byte in window {
            if byte == 32 { return nil }
            if !Self.isTokenByte(byte) { return .malformedRequestLine }
        }
        return nil
    }

    private func contentLength(_ headers: [SimHeader]) -> Swift.Result<Int, HTTPParseError> {
        let values = headers.filter { $0.name.lowercased() == "content-length" }.flatMap {
            $0.value.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard let first = values.first else { return .success(0) }
        // Differing lengths are a request-smuggling signal: refuse rather than guess.
        guard values.allSatisfy({ $0 == first }) else { return .failure(.invalidContentLength) }
        guard !first.isEmpty, first.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return .failure(.invalidContentLength)
        }
        let digits = first.drop { $0 == "0" }
        // Compare by digit count first so an enormous number cannot overflow Int.
        guard digits.count <= 12, let value = Int(digits.isEmpty ? "0" : String(digits)), value <= maxBodyBytes
        else { return .failure(.bodyTooLarge) }
        return .success(value)
    }

    private static func parseRequestLine(
        _ line: ArraySlice<UInt8>
    ) -> Swift.Result<(method: String, target: String, version: SimHTTPVersion), HTTPParseError> {
        let parts = line.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(.malformedRequestLine) }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(isTokenByte) else { return .failure(.malformedRequestLine) }
        guard !target.isEmpty, target.allSatisfy({ $0 > 32 && $0 < 127 }) else {
            return .failure(.malformedRequestLine)
        }
        guard let parsedVersion = parseVersion(version) else { return .failure(.malformedRequestLine) }
        guard parsedVersion.major == 1 else { return .failure(.unsupportedVersion) }
        guard let path = originForm(String(decoding: target, as: UTF8.self)) else {
            return .failure(.malformedRequestLine)
        }
        return .success((String(decoding: method, as: UTF8.self), path, parsedVersion))
    }

    /// `HTTP/d.d`, nothing else.
    private static func parseVersion(_ bytes: ArraySlice<UInt8>) -> SimHTTPVersion? {
        let chars = Array(bytes)
        guard chars.count == 8, chars[0..<5] == Array("HTTP/".utf8)[...], chars[6] == 46,
            (48...57).contains(chars[5]), (48...57).contains(chars[7])
        else { return nil }
        return SimHTTPVersion(major: Int(chars[5] - 48), minor: Int(chars[7] - 48))
    }

    /// Accepts origin-form (`/path`) and absolute-form (`http://host/path`), returning the path part.
    private static func originForm(_ target: String) -> String? {
        if target.hasPrefix("/") { return target }
        for scheme in ["http://", "https://"] where target.lowercased().hasPrefix(scheme) {
            let rest = target.dropFirst(scheme.count)
            guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
            let path = String(rest[slash...])
            return path.hasPrefix("/") ? path : "/" + path
        }
        return nil
    }

    private static func parseHeader(_ line: ArraySlice<UInt8>) -> SimHeader? {
        guard let colon = line.firstIndex(of: 58) else { return nil }
        let name = line[line.startIndex..<colon]
        // A token only: no whitespace before the colon (RFC 9112 §5.1), no obs-fold lines.
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return nil }
        let value = line[(colon + 1)...]
        // Field values may hold visible bytes, spaces, tabs and obs-text, never other controls.
        guard value.allSatisfy({ $0 == 9 || ($0 >= 32 && $0 != 127) }) else { return nil }
        let text = String(decoding: value, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        return SimHeader(String(decoding: name, as: UTF8.self), text)
    }

    /// RFC 9110 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// The index where `needle` starts in `haystack`, if it occurs.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Splits a header section on CRLF; a bare CR or LF inside a line is left for the
    /// field checks to reject.
    private static func split(_ section: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = section.startIndex
        var index = section.startIndex
        while index < section.endIndex {
            if section[index] == 13, index + 1 < section.endIndex, section[index + 1] == 10 {
                lines.append(section[lineStart..<index])
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        lines.append(section[lineStart..<section.endIndex])
        return lines
    }
}
