/// What the shell keeps for surviving faults: the request tracer and whether the one automatic
/// re-login a script is allowed has been used.
@MainActor
public final class Resilience {
    /// `trace on|off`; it also watches every request for tokens to redact.
    public let tracer = Tracer()
    /// True once a script logged in again from CLC_USER / CLC_PASSWORD after a 401.
    var environmentLoginUsed = false

    init() {}
}
