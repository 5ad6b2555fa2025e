import PatchKit

/// What the shell keeps for surviving faults: the request tracer, the timeouts and retry policy in
/// force, and whether the one automatic re-login a script is allowed has been used.
@MainActor
public final class Resilience {
    /// `trace on|off`; it also watches every request for tokens to redact.
    public let tracer = Tracer()
    /// The timeouts requests are sent with (`--timeout`, `--connect-timeout`, the `timeout` command).
    public private(set) var timeouts: TransportTimeouts
    /// How failed GETs are repeated (`--retries`).
    public let retry: RetryPolicy
    /// True once a script logged in again from CLC_USER / CLC_PASSWORD after a 401.
    var environmentLoginUsed = false

    init(timeouts: TransportTimeouts, retry: RetryPolicy, transport: TransportChoice = .curl) {
        self.timeouts = timeouts
        self.retry = retry
        self.transportChoice = transport
    }

    /// libcurl, or URLSession when `PATCHSH_TRANSPORT=urlsession`.
    let transportChoice: TransportChoice

    /// The transport every request goes through, under the one retry-and-trace layer.
    func makeTransport() -> any HTTPTransport {
        RetryingTransport(transportChoice.makeTransport(timeouts: timeouts), policy: retry, observer: tracer)
    }

    /// Changes the timeouts; the caller hands the new transport to the client.
    func setTimeouts(_ timeouts: TransportTimeouts) -> any HTTPTransport {
        self.timeouts = timeouts
        return makeTransport()
    }
}
