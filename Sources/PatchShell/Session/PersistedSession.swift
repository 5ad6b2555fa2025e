import Foundation
import PatchKit

/// What survives between runs: who is logged in, their token and its expiry, the endpoints the token
/// belongs to, and the current account, server and execution. Never a password.
public struct PersistedSession: Codable, Sendable, Equatable {
    public var user: String?
    public var accountAlias: String?
    public var locationAlias: String?
    public var token: String?
    public var tokenExpires: Date?
    /// The endpoints that issued the token: it is never sent anywhere else.
    public var endpoints: Endpoints?
    public var alias: String?
    public var server: String?
    public var execution: String?

    /// An empty session.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case user, accountAlias = "account_alias", locationAlias = "location_alias", token
        case tokenExpires = "token_expires", endpoints, alias, server, execution
    }

    /// Forgets the login but keeps where the user was looking.
    mutating func clearLogin() {
        user = nil
        accountAlias = nil
        locationAlias = nil
        token = nil
        tokenExpires = nil
        endpoints = nil
    }
}
