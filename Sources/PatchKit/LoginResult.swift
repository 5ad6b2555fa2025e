import Foundation

/// What a successful login returns: who the user is, their home account, and the bearer token.
public struct LoginResult: Sendable, Equatable {
    public var userName: String
    public var accountAlias: String
    public var locationAlias: String?
    public var roles: [String]
    public var bearerToken: String

    /// A plain memberwise initialiser.
    public init(userName: String, accountAlias: String, locationAlias: String?, roles: [String], bearerToken: String) {
        self.userName = userName
        self.accountAlias = accountAlias
        self.locationAlias = locationAlias
        self.roles = roles
        self.bearerToken = bearerToken
    }

    /// The platform lets a token be reused for up to two weeks; it does not say so in the response.
    public static let tokenLifetime: TimeInterval = 14 * 86_400
}
