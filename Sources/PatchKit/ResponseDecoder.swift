import Foundation

/// Turns one HTTP answer into a value or a `PatchError`: status first, then content type, size,
/// UTF-8 and only then JSON (rule 7). Pure, so the fuzz target exercises exactly what the client runs.
enum ResponseDecoder {
    /// Bodies above this size are refused rather than decoded.
    static let maximumBodySize = 64 * 1024 * 1024

    static func decode<T: Decodable>(_ type: T.Type, _ exchange: HTTPExchange, label: RequestLabel,
                                     subject: String) throws(PatchError) -> T {
        do {
            return try decodeOnce(type, exchange, label: label, subject: subject)
        } catch {
            // A 503 that stayed a 503 through every retry says so.
            throw exchange.attempts > 1 ? .afterAttempts(exchange.attempts, error) : error
        }
    }

    private static func decodeOnce<T: Decodable>(_ type: T.Type, _ exchange: HTTPExchange, label: RequestLabel,
                                                 subject: String) throws(PatchError) -> T {
        switch exchange.status {
        case 200..<300: break
        case 401, 403: throw .unauthorized(label, status: exchange.status, message: apiMessage(exchange))
        case 404: throw .notFound(label, subject: subject, message: apiMessage(exchange))
        default: throw .httpStatus(label, status: exchange.status, message: apiMessage(exchange))
        }
        if let type = exchange.headers["content-type"], !type.lowercased().contains("json") {
            let what = looksLikeHTML(exchange.body) ? "an HTML page (a proxy or gateway error?)" : "'\(type)'"
            throw .badResponse(label, status: exchange.status, reason: "expected JSON but got \(what)")
        }
        guard exchange.body.count <= maximumBodySize else {
            throw .badResponse(label, status: exchange.status,
                               reason: "the body is larger than the \(maximumBodySize / 1024 / 1024) MiB allowed")
        }
        guard !exchange.body.isEmpty else { throw .badResponse(label, status: exchange.status, reason: "the body is empty") }
        if let offset = invalidUTF8Offset(exchange.body) {
            throw .badResponse(label, status: exchange.status, reason: "the body is not valid UTF-8 (at byte \(offset))")
        }
        if looksLikeHTML(exchange.body) {
            throw .badResponse(label, status: exchange.status, reason: "expected JSON but got an HTML page (a proxy or gateway error?)")
        }
        do {
            return try JSONDecoder().decode(type, from: exchange.body)
        } catch let error as DecodingError {
            throw .badResponse(label, status: exchange.status, reason: DecodingProblem.describe(error))
        } catch {
            throw .badResponse(label, status: exchange.status, reason: "the body is not JSON")
        }
    }

    /// The `message` of a v2 error body, or a word about what came instead.
    static func apiMessage(_ exchange: HTTPExchange) -> String? {
        if invalidUTF8Offset(exchange.body) == nil,
           let body = try? JSONDecoder().decode(WireErrorBody.self, from: exchange.body), let message = body.message {
            return message
        }
        if exchange.body.isEmpty { return nil }
        if looksLikeHTML(exchange.body) { return "an HTML page instead of JSON (a proxy or gateway error?)" }
        let type = exchange.headers["content-type"] ?? "no content type"
        return "a \(exchange.body.count)-byte non-JSON body (\(type))"
    }

    /// The offset of the first byte that breaks UTF-8, or nil when the body is valid.
    static func invalidUTF8Offset(_ body: Data) -> Int? {
        body.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Fast path: plain ASCII is valid; most bodies are, so skip the decoder until a high byte.
            var start = 0
            while start < bytes.count, bytes[start] < 0x80 { start += 1 }
            if start == bytes.count { return nil }
            var iterator = bytes[start...].makeIterator()
            var decoder = UTF8()
            var offset = start
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput: return nil
                case .error: return offset
                }
            }
        }
    }

    /// `<!DOCTYPE html>` or `<html>` near the start, as a proxy's error page has.
    static func looksLikeHTML(_ body: Data) -> Bool {
        let head = String(decoding: body.prefix(256), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml")
    }
}
