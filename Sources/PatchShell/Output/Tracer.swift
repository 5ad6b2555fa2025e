import Foundation
import PatchKit
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `trace on`: prints every attempt of every API request to standard error — method, URL, headers,
/// status, time taken, size, attempt — with the Authorization header, tokens and passwords redacted.
/// Called from the request's task, so its little state sits behind a lock.
public final class Tracer: ExchangeObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var enabled = false
    /// Token values seen in Authorization headers and login answers: redacted wherever they appear.
    private var secrets: Set<String> = []
    private let write: @Sendable (String) -> Void

    /// A tracer, off, writing to standard error (or to `write`, for tests).
    public init(write: @escaping @Sendable (String) -> Void = Tracer.standardError) {
        self.write = write
    }

    /// Whether requests are traced.
    public var isOn: Bool {
        get { lock.withLock { enabled } }
        set { lock.withLock { enabled = newValue } }
    }

    public func willSend(_ request: URLRequest, label: RequestLabel, attempt: Int, of maxAttempts: Int) {
        if let authorization = request.value(forHTTPHeaderField: "Authorization") {
            remember(String(authorization.drop { $0 != " " }.dropFirst()))
        }
        guard isOn else { return }
        var lines = ["> \(label)" + (label.method == "GET" ? Self.attemptNote(attempt, maxAttempts) : "")]
        for (name, value) in (request.allHTTPHeaderFields ?? [:]).sorted(by: { $0.key < $1.key }) {
            lines.append("    \(name): \(name.lowercased() == "authorization" ? "Bearer [redacted]" : redact(value))")
        }
        if let body = request.httpBody { lines.append("    " + preview(body)) }
        emit(lines)
    }

    public func didFinish(_ label: RequestLabel, outcome: Result<HTTPExchange, PatchError>, seconds: TimeInterval, attempt: Int) {
        if case .success(let exchange) = outcome { rememberTokens(in: exchange.body) }
        guard isOn else { return }
        let time = Self.milliseconds(seconds)
        switch outcome {
        case .success(let exchange):
            var lines = ["< \(exchange.status) \(label) in \(time), \(exchange.body.count) bytes (attempt \(attempt))"]
            for (name, value) in exchange.headers.sorted(by: { $0.key < $1.key }) {
                lines.append("    \(name): \(redact(value))")
            }
            if !exchange.body.isEmpty { lines.append("    " + preview(exchange.body)) }
            emit(lines)
        case .failure(let error):
            emit(["! \(label) failed in \(time) (attempt \(attempt)): \(redact(error.description))"])
        }
    }

    public func willRetry(_ label: RequestLabel, after: TimeInterval, reason: String, nextAttempt: Int) {
        guard isOn else { return }
        emit(["  retrying \(label.method) in \(String(format: "%.1f", after)) s (\(reason)); attempt \(nextAttempt) next"])
    }

    /// The text with every known token, any `Bearer …` value and any JSON token or password field blanked.
    func redact(_ text: String) -> String {
        var result = text
        for secret in lock.withLock({ secrets }) where !secret.isEmpty {
            result = result.replacingOccurrences(of: secret, with: "[redacted]")
        }
        for (pattern, template) in Self.patterns {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    private static let patterns: [(NSRegularExpression, String)] = {
        let rules = [
            (#""([A-Za-z_]*(?:token|password|secret)[A-Za-z_]*)"\s*:\s*"(?:[^"\\]|\\.)*""#, #""$1":"[redacted]""#),
            (#"(?i)bearer\s+[A-Za-z0-9._~+/=-]+"#, "Bearer [redacted]"),
        ]
        return rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.0, options: [.caseInsensitive])).map { ($0, rule.1) }
        }
    }()

    private func remember(_ secret: String) {
        guard secret.count >= 8, secret != "[redacted]" else { return }
        lock.withLock { _ = secrets.insert(secret) }
    }

    /// Login answers carry the new token: remember it before anything could print it.
    private func rememberTokens(in body: Data) {
        guard body.count < 64 * 1024, let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return }
        for (key, value) in object where key.lowercased().contains("token") {
            if let token = value as? String { remember(token) }
        }
    }

    /// The first 300 characters of a body on one line, redacted.
    private func preview(_ body: Data) -> String {
        var text = redact(String(decoding: body.prefix(4096), as: UTF8.self))
        text = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if text.count > 300 || body.count > 4096 { text = String(text.prefix(300)) + "… (\(body.count) bytes)" }
        return "body: " + text
    }

    private func emit(_ lines: [String]) {
        write(lines.map { "trace: " + $0 + "\n" }.joined())
    }

    private static func attemptNote(_ attempt: Int, _ maxAttempts: Int) -> String {
        maxAttempts > 1 ? " (attempt \(attempt) of \(maxAttempts))" : ""
    }

    private static func milliseconds(_ seconds: TimeInterval) -> String {
        seconds < 10 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.1f s", seconds)
    }

    /// Writes straight to descriptor 2, unbuffered, so trace lines interleave correctly with errors.
    public static let standardError: @Sendable (String) -> Void = { text in
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
