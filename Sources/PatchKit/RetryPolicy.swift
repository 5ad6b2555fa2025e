import Foundation

/// When and how long to wait before repeating a request. Only GET is ever repeated: login and
/// apply are not idempotent, so a POST that may have reached the server is never sent twice.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included (1 = never retry).
    public var maxAttempts: Int
    /// The back-off before the second attempt; it doubles for each later one.
    public var baseDelay: TimeInterval
    /// The longest back-off between two attempts.
    public var maxDelay: TimeInterval
    /// The longest a `Retry-After` header is honoured for; a longer one is cut to this.
    public var retryAfterCap: TimeInterval

    /// The defaults: 4 attempts, 0.5 s doubling to at most 8 s, `Retry-After` up to 30 s.
    public init(maxAttempts: Int = 4, baseDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 8,
                retryAfterCap: TimeInterval = 30) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Statuses worth another try: the gateway failed, the service is down for a moment, or asks to slow down.
    public static let retriableStatuses: Set<Int> = [429, 502, 503, 504]

    /// Why an attempt deserves another one, or nil when its outcome is final.
    public func reasonToRetry(method: String, outcome: Result<HTTPExchange, PatchError>) -> String? {
        guard method.uppercased() == "GET" else { return nil }
        switch outcome {
        case .success(let exchange):
            return Self.retriableStatuses.contains(exchange.status) ? "HTTP \(exchange.status)" : nil
        case .failure(.network(_, let reason)):
            return reason
        case .failure:
            // Timeouts are not repeated: four more 30-second waits would turn a slow service into a hang.
            return nil
        }
    }

    /// The wait before attempt `attempt + 1`: `Retry-After` when the answer has one (capped),
    /// else exponential back-off with "equal jitter" (half fixed, half random) so clients spread out.
    /// `random` gives a value in [0, 1); `now` reads the clock for HTTP-date values.
    public func delay(after attempt: Int, retryAfter: String?, random: Double, now: Date) -> TimeInterval {
        if let retryAfter, let seconds = Self.parseRetryAfter(retryAfter, now: now) {
            return min(max(seconds, 0), retryAfterCap)
        }
        let exponent = min(max(attempt - 1, 0), 30)
        let backoff = min(baseDelay * pow(2, Double(exponent)), maxDelay)
        return backoff / 2 + backoff / 2 * min(max(random, 0), 1)
    }

    /// `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 §10.2.3), as seconds from `now`.
    public static func parseRetryAfter(_ text: String, now: Date) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return TimeInterval(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        // IMF-fixdate, then the two obsolete forms HTTP still allows.
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date.timeIntervalSince(now) }
        }
        return nil
    }
}
