import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A raw HTTP exchange, kept apart from the client so the transport can be swapped (e.g. libcurl).
public struct HTTPExchange: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// How many attempts the answer took (set by `RetryingTransport`).
    public var attempts = 1

    /// A plain memberwise initialiser; header names are stored in lower case.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// Sends one request and returns its answer, or throws `PatchError` (network, timeout, cancelled).
public protocol HTTPTransport: Sendable {
    /// Performs the request; never retries.
    func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange
}

/// How long a transport waits, in seconds.
public struct TransportTimeouts: Sendable, Equatable {
    /// For the connection to open (and, with URLSession, for any silence while the answer comes).
    public var connect: TimeInterval
    /// For the whole request, from sending to the last byte of the answer.
    public var request: TimeInterval

    /// Timeouts; `connect` is never longer than `request`.
    public init(connect: TimeInterval = 10, request: TimeInterval = 30) {
        self.connect = min(connect, request)
        self.request = request
    }
}

/// The default transport: Foundation's URLSession, without cookies or caching.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let timeouts: TransportTimeouts

    /// URLSession cannot bound the connect phase alone: `connect` bounds any silence (connecting
    /// included) and `request` the whole exchange.
    public init(timeouts: TransportTimeouts) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeouts.connect
        configuration.timeoutIntervalForResource = timeouts.request

        // The default (6 on Linux) would make a `--jobs 50` fan-out wait in URLSession's queue.
        configuration.httpMaximumConnectionsPerHost = Self.maximumConnectionsPerHost
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
        self.timeouts = timeouts
    }

    /// Connections kept open to one host at once; more requests wait for a free one.
    public static let maximumConnectionsPerHost = 100

    /// `timeout` bounds the whole request, in seconds.
    public convenience init(timeout: TimeInterval) {
        self.init(timeouts: TransportTimeouts(connect: timeout, request: timeout))
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange {
        let data: Data
        let response: URLResponse
        let started = Date()
        do {
            (data, response) = try await perform(request)
        } catch let error as URLError {
            // Both limits end in the same URLError; the time taken says which one it was.
            let elapsed = Date().timeIntervalSince(started)
            let limit = elapsed < timeouts.request - 0.5 ? timeouts.connect : timeouts.request
            throw Self.translate(error, label: label, timeout: limit)
        } catch is CancellationError {
            throw .cancelled(label)
        } catch {
            throw .network(label, reason: String(describing: error))
        }
        guard let http = response as? HTTPURLResponse else {
            throw .badResponse(label, status: 0, reason: "the answer is not HTTP")
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return HTTPExchange(status: http.statusCode, headers: headers, body: data)
    }

    /// The exchange, through the completion-handler API: on Linux, cancelling URLSession's async
    /// `data(for:)` at an unlucky moment can leave it waiting forever (seen when a parallel loop cancels
    /// its outstanding iterations); a cancelled data task always calls its handler.
    private func perform(_ request: URLRequest) async throws -> (Data, URLResponse) {
        let handle = CancellableDataTask()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: URLError(.badServerResponse))
                    }
                }
                handle.start(task)
            }
        } onCancel: {
            handle.cancel()
        }
    }

    /// URLError's own descriptions on Linux are vague; these say what happened.
    static func translate(_ error: URLError, label: RequestLabel, timeout: TimeInterval) -> PatchError {
        switch error.code {
        case .timedOut: return .timedOut(label, seconds: timeout)
        case .cancelled: return .cancelled(label)
        case .cannotConnectToHost: return .network(label, reason: "connection refused")
        case .networkConnectionLost: return .network(label, reason: "the connection was dropped before the answer was complete")
        case .cannotFindHost, .dnsLookupFailed: return .network(label, reason: "host not found")
        case .notConnectedToInternet: return .network(label, reason: "no network")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return .network(label, reason: "the TLS connection could not be made safely")
        case .badServerResponse: return .network(label, reason: "the server sent a malformed HTTP response")
        case .zeroByteResource: return .network(label, reason: "the server closed the connection without answering")
        default:
            // libcurl underneath URLSession reports a short body only in the text: "transfer closed with N bytes remaining".
            let text = error.localizedDescription
            if let range = text.range(of: "transfer closed with ") {
                let missing = text[range.upperBound...].prefix { $0.isNumber }
                return .network(label, reason: "the connection was dropped before the answer was complete (\(missing) bytes missing)")
            }
            return .network(label, reason: "\(text) (URLError \(error.code.rawValue))")
        }
    }
}

/// A data task that may be cancelled from any thread, even before it has started.
private final class CancellableDataTask: @unchecked Sendable {
    // @unchecked: every access to the two fields is under `lock`.
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    func start(_ task: URLSessionDataTask) {
        lock.lock()
        self.task = task
        let alreadyCancelled = cancelled
        lock.unlock()
        if alreadyCancelled { task.cancel() }
        task.resume()
    }

    func cancel() {
        lock.lock()
        cancelled = true
        let task = self.task
        lock.unlock()
        task?.cancel()
    }
}
