import Foundation

extension SimFault {
    /// The names `fault=` accepts, for messages and help.
    public static let kindNames = [
        "latency", "status", "too-many-requests", "drop-before-response", "drop-during-body", "truncated-body",
        "malformed-body", "html-body", "invalid-utf8", "huge-body", "wrong-shape", "expire-tokens",
    ]

    /// Parses `path=/rest/*,fault=status,status=503,times=2` (a `--fault` flag's value).
    public init(flag text: String) throws(SimError) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: ",") {
            guard let equals = pair.firstIndex(of: "=") else {
                throw .invalidValue(flag: "--fault", value: text, reason: "'\(pair)' is not KEY=VALUE")
            }
            fields[pair[..<equals].lowercased()] = String(pair[pair.index(after: equals)...])
        }
        try self.init(fields: fields, source: "--fault")
    }

    /// Parses the JSON object of `POST /_sim/faults`; values may be strings or numbers.
    init(json object: [String: Any]) throws(SimError) {
        var fields: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case let text as String: fields[key.lowercased()] = text
            case let number as NSNumber: fields[key.lowercased()] = number.stringValue
            default: throw .invalidValue(flag: key, value: "\(value)", reason: "expected a string or a number")
            }
        }
        try self.init(fields: fields, source: "fault")
    }

    /// The one parser behind the flag and the JSON: unknown keys are errors, so a typo never
    /// silently disables a fault.
    init(fields: [String: String], source: String) throws(SimError) {
        let known: Set<String> = ["path", "method", "fault", "status", "retry-after", "retryafter", "seconds",
                                  "bytes", "every", "probability", "seed", "times"]
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidValue(flag: source, value: unknown, reason: "unknown key; known: \(known.sorted().joined(separator: ", "))")
        }
        func number<T: LosslessStringConvertible>(_ key: String, _ type: T.Type, default fallback: T?) throws(SimError) -> T? {
            guard let text = fields[key] else { return fallback }
            guard let value = T(text) else { throw .invalidValue(flag: key, value: text, reason: "expected a number") }
            return value
        }
        guard let path = fields["path"], path.hasPrefix("/") || path.hasPrefix("*") else {
            throw .invalidValue(flag: source, value: fields["path"] ?? "", reason: "'path' must be given and start with '/' or '*'")
        }
        let name = fields["fault"] ?? ""
        let kind: Kind
        switch name {
        case "latency": kind = .latency(try number("seconds", Double.self, default: 1) ?? 1)
        case "status": kind = .status(try number("status", Int.self, default: 503) ?? 503)
        case "too-many-requests": kind = .tooManyRequests(retryAfter: fields["retry-after"] ?? fields["retryafter"] ?? "1")
        case "drop-before-response": kind = .dropBeforeResponse
        case "drop-during-body": kind = .dropDuringBody
        case "truncated-body": kind = .truncatedBody
        case "malformed-body": kind = .malformedBody
        case "html-body": kind = .htmlBody(status: try number("status", Int.self, default: 200) ?? 200)
        case "invalid-utf8": kind = .invalidUTF8
        case "huge-body": kind = .hugeBody(bytes: try number("bytes", Int.self, default: 80 << 20) ?? (80 << 20))
        case "wrong-shape": kind = .wrongShape
        case "expire-tokens": kind = .expireTokens
        default:
            throw .invalidValue(flag: source, value: name, reason: "'fault' must be one of \(Self.kindNames.joined(separator: ", "))")
        }
        if case .status(let code) = kind, !(100...599).contains(code) {
            throw .invalidValue(flag: "status", value: String(code), reason: "expected an HTTP status from 100 to 599")
        }
        let every = try number("every", Int.self, default: 1) ?? 1
        guard every >= 1 else { throw .invalidValue(flag: "every", value: String(every), reason: "expected 1 or more") }
        let probability = try number("probability", Double.self, default: nil)
        if let probability, !(0...1).contains(probability) {
            throw .invalidValue(flag: "probability", value: String(probability), reason: "expected 0 to 1")
        }
        let times = try number("times", Int.self, default: nil)
        if let times, times < 1 { throw .invalidValue(flag: "times", value: String(times), reason: "expected 1 or more") }
        self.init(path: path, method: fields["method"]?.uppercased(), kind: kind, every: every, probability: probability,
                  seed: try number("seed", UInt64.self, default: 1) ?? 1, times: times)
    }
}
