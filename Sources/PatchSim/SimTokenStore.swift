import Foundation

/// The bearer tokens handed out by login, and when each expires.
///
/// A reference type so that every copy of a router (one per connection thread) sees the
/// same logins.
final class SimTokenStore: Sendable {
    /// Who a token belongs to and until when it is good.
    struct Grant: Sendable {
        var userName: String
        var expires: Date
    }

    private let grants = SimLocked<[String: Grant]>([:])
    // Bounds memory if a client logs in in a loop; expired grants are pruned first.
    private let pruneThreshold = 10_000

    /// Issues a fresh random token for `userName` valid until `expires`.
    func issue(for userName: String, expires: Date, now: Date) -> String {
        let token = Self.randomToken()
        grants.withLock { grants in
            if grants.count >= pruneThreshold {
                grants = grants.filter { $0.value.expires > now }
            }
            grants[token] = Grant(userName: userName, expires: expires)
        }
        return token
    }

    /// The grant for `token` if it exists and has not expired at `now`.
    func validGrant(for token: String, now: Date) -> Grant? {
        grants.withLock { grants in
            guard let grant = grants[token] else { return nil }
            guard grant.expires > now else {
                grants[token] = nil
                return nil
            }
            return grant
        }
    }

    /// Forgets every token issued so far (fault injection: expired tokens).
    func revokeAll() {
        grants.withLock { $0.removeAll() }
    }

    /// 32 random bytes, base64url without padding: opaque, URL- and header-safe.
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
