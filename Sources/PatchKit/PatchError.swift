import Foundation

/// The method and URL of one API request, named in every error about it.
public struct RequestLabel: Sendable, Equatable, CustomStringConvertible {
    public var method: String
    public var url: String

    /// A plain memberwise initialiser.
    public init(method: String, url: String) {
        self.method = method
        self.url = url
    }

    /// `GET https://…/patch/VA1-132457`.
    public var description: String { "\(method) \(url)" }
}

/// Everything that can go wrong between patchsh and the API, each case carrying what the user needs
/// to understand it: the request, the HTTP status, the API's own message.
public enum PatchError: Error, Sendable, Equatable {
    /// User input that cannot be an identifier of that kind.
    case invalidIdentifier(kind: String, value: String, expected: String)
    /// An endpoint URL that is not usable.
    case invalidEndpoint(value: String, reason: String)
    /// No token in the session.
    case notLoggedIn
    /// The token is older than its two-week lifetime, so it was not sent.
    case sessionExpired(since: Date)
    /// Login refused (HTTP 400 on the login endpoint).
    case badCredentials(RequestLabel, message: String?)
    /// The API refused the token (HTTP 401 or 403).
    case unauthorized(RequestLabel, status: Int, message: String?)
    /// HTTP 404: the named thing does not exist.
    case notFound(RequestLabel, subject: String, message: String?)
    /// Any other non-success HTTP status.
    case httpStatus(RequestLabel, status: Int, message: String?)
    /// A success status whose body is not what the endpoint documents.
    case badResponse(RequestLabel, status: Int, reason: String)
    /// The request never got an answer: refused, dropped, DNS, TLS.
    case network(RequestLabel, reason: String)
    /// No answer within the time allowed.
    case timedOut(RequestLabel, seconds: Double)
    /// The user interrupted the request.
    case cancelled(RequestLabel)
    /// A GET that failed every one of its attempts; the last failure is kept.
    indirect case afterAttempts(Int, PatchError)

    /// The failure itself, without the attempt count.
    public var underlying: PatchError {
        if case .afterAttempts(_, let error) = self { return error.underlying }
        return self
    }
}

extension PatchError: CustomStringConvertible {
    /// One line: what failed, the identifier involved, and what to do next.
    public var description: String {
        switch self {
        case .invalidIdentifier(let kind, let value, let expected):
            return "'\(value)' is not a valid \(kind) (expected \(expected))."
        case .invalidEndpoint(let value, let reason):
            return "'\(value)' is not a usable endpoint: \(reason)."
        case .notLoggedIn:
            return "Not logged in. Run 'login' first."
        case .sessionExpired(let since):
            return "The session expired at \(PatchTimeFormat.utc(since)) UTC (tokens last two weeks). Run 'login' again."
        case .badCredentials(_, let message):
            return "Login failed: \(message ?? "the username or password was not recognised.")"
        case .unauthorized(let request, let status, let message):
            return "The API refused the session token (HTTP \(status) on \(request)\(detail(message))). "
                + "The session has expired or was revoked: run 'login' again."
        case .notFound(let request, let subject, let message):
            return "\(subject) was not found (HTTP 404 on \(request)\(detail(message)))."
        case .httpStatus(let request, let status, let message):
            let hint = status >= 500 || status == 429 ? " The service is having trouble: try again later." : ""
            return "The API answered HTTP \(status) to \(request)\(detail(message)).\(hint)"
        case .badResponse(let request, let status, let reason):
            return "The answer to \(request) (HTTP \(status)) is not usable: \(reason). "
                + "'trace on' shows it; check 'endpoint' if it is not the patching API."
        case .network(let request, let reason):
            return "Could not reach the API for \(request): \(reason). Check the network and 'endpoint'."
        case .timedOut(let request, let seconds):
            return "No answer to \(request) within \(PatchTimeFormat.seconds(seconds)). The service may be slow or unreachable: "
                + "try again, or allow longer with --timeout or 'timeout'."
        case .cancelled(let request):
            return "Interrupted: \(request) was cancelled."
        case .afterAttempts(let attempts, let error):
            return error.description + " Gave up after \(attempts) attempts."
        }
    }

    private func detail(_ message: String?) -> String {
        guard var message, !message.isEmpty else { return "" }
        while message.hasSuffix(".") { message.removeLast() }
        return ": \(message)"
    }
}

/// Small, locale-free renderings of times used in messages.
public enum PatchTimeFormat {
    /// `2016-04-05 04:14:10` in UTC.
    public static func utc(_ date: Date) -> String { render(date, separator: 0x20, suffix: nil) }

    /// `2016-04-05T04:14:10Z`: ISO 8601 UTC, for machine formats.
    public static func iso(_ date: Date) -> String { render(date, separator: 0x54, suffix: 0x5A) }

    /// Digits written straight into bytes: String(format:) costs microseconds, and a listing of
    /// 100,000 patches formats two times each.
    private static func render(_ date: Date, separator: UInt8, suffix: UInt8?) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func put(_ value: Int, _ width: Int) {
            var digits = [UInt8](repeating: 0x30, count: width)
            var remaining = max(0, value)
            for index in stride(from: width - 1, through: 0, by: -1) {
                digits[index] = UInt8(0x30 + remaining % 10)
                remaining /= 10
            }
            bytes += digits
        }
        put(year, 4); bytes.append(0x2D); put(month, 2); bytes.append(0x2D); put(day, 2)
        bytes.append(separator)
        put(rest / 3600, 2); bytes.append(0x3A); put(rest % 3600 / 60, 2); bytes.append(0x3A); put(rest % 60, 2)
        if let suffix { bytes.append(suffix) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `30 s`, `1.5 s`.
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// The inverse of `WireTime.daysFromCivil` (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
