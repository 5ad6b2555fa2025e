import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Wraps any transport with the retry policy and reports every attempt to an observer (`trace`).
/// It is the one place requests are repeated, whatever the transport underneath (URLSession, libcurl).
public struct RetryingTransport: HTTPTransport {
    /// Waits between attempts; tests pass one that returns at once and records the waits.
    public typealias Sleeper = @Sendable (TimeInterval) async throws -> Void

    private let inner: any HTTPTransport
    private let policy: RetryPolicy
    private let observer: (any ExchangeObserver)?
    private let sleep: Sleeper
    private let random: @Sendable () -> Double
    private let now: @Sendable () -> Date

    /// A retrying transport; the clock, the sleep and the jitter are injectable.
    public init(_ inner: any HTTPTransport, policy: RetryPolicy, observer: (any ExchangeObserver)? = nil,
                sleep: @escaping Sleeper = { seconds in try await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) },
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.inner = inner
        self.policy = policy
        self.observer = observer
        self.sleep = sleep
        self.random = random
        self.now = now
    }

    public func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange {
        var attempt = 1
        while true {
            observer?.willSend(request, label: label, attempt: attempt, of: policy.maxAttempts)
            let started = Date()
            let outcome: Result<HTTPExchange, PatchError>
            do {
                outcome = .success(try await inner.send(request, label: label))
            } catch {
                outcome = .failure(error)
            }
            observer?.didFinish(label, outcome: outcome, seconds: Date().timeIntervalSince(started), attempt: attempt)
            guard let reason = policy.reasonToRetry(method: label.method, outcome: outcome), attempt < policy.maxAttempts else {
                return try Self.final(outcome, attempts: attempt)
            }
            let retryAfter = (try? outcome.get())?.headers["retry-after"]
            let wait = policy.delay(after: attempt, retryAfter: retryAfter, random: random(), now: now())
            observer?.willRetry(label, after: wait, reason: reason, nextAttempt: attempt + 1)
            do {
                try await sleep(wait)
            } catch {
                throw .cancelled(label)
            }
            attempt += 1
        }
    }

    /// The last outcome, with the number of attempts it took when there was more than one.
    private static func final(_ outcome: Result<HTTPExchange, PatchError>, attempts: Int) throws(PatchError) -> HTTPExchange {
        switch outcome {
        case .success(var exchange):
            exchange.attempts = attempts
            return exchange
        case .failure(let error):
            throw attempts > 1 ? .afterAttempts(attempts, error) : error
        }
    }
}

/// Hears about every attempt a `RetryingTransport` makes (the shell's `trace on`). Called from
/// the task that sends, so implementations must be thread-safe.
public protocol ExchangeObserver: Sendable {
    /// Attempt `attempt` of at most `maxAttempts` is about to go out.
    func willSend(_ request: URLRequest, label: RequestLabel, attempt: Int, of maxAttempts: Int)
    /// The attempt ended with an answer or an error after `seconds`.
    func didFinish(_ label: RequestLabel, outcome: Result<HTTPExchange, PatchError>, seconds: TimeInterval, attempt: Int)
    /// Another attempt follows after `after` seconds because of `reason`.
    func willRetry(_ label: RequestLabel, after: TimeInterval, reason: String, nextAttempt: Int)
}
