/// A software package the platform's Execute Package runs on servers: which one, and its parameters.
public struct PatchPackage: Sendable, Equatable {
    /// The package ID, e.g. `b229535c-a313-4a31-baf8-6aa71ff4b9ed`.
    public var id: String
    /// The package's parameters, sent as the `parameters` object.
    public var parameters: [String: String]

    /// A package; its ID is sent as given.
    public init(id: String, parameters: [String: String] = [:]) {
        self.id = id
        self.parameters = parameters
    }

    /// Patching for Windows 2012 and 2012 R2 (API documentation).
    public static let windows2012 = PatchPackage(id: "b229535c-a313-4a31-baf8-6aa71ff4b9ed")

    /// Patching for RHEL 5/6/7 and CentOS 5/6, as the API documentation and the vendor CLI name it.
    /// (The knowledge-base article names another, `5d743f04-a9ce-4174-a7c8-52df93c47c08`.)
    public static let rhel = PatchPackage(id: "c3c6642e-24e1-4c37-b56a-1cf1476ee360",
                                          parameters: ["patch.debug.mode": "false"])
}

/// What Execute Package answered for one server: queued with the ID to follow it by, or not, and why.
public struct QueuedPatching: Sendable, Equatable {
    /// The server as the platform named it.
    public var server: String
    /// Whether the platform accepted the work.
    public var isQueued: Bool
    /// The operation's status ID (the `status` link's `id`, or the last segment of its `href`).
    public var statusID: String?
    /// The platform's reason when not queued.
    public var errorMessage: String?

    /// A plain memberwise initialiser.
    public init(server: String, isQueued: Bool, statusID: String?, errorMessage: String?) {
        self.server = server
        self.isQueued = isQueued
        self.statusID = statusID
        self.errorMessage = errorMessage
    }
}

/// The state of a queued operation (`GET /v2/operations/{alias}/status/{id}`), any case on the wire.
public enum OperationStatus: Hashable, Sendable, CustomStringConvertible {
    case notStarted, executing, succeeded, failed, resumed
    /// A value this version does not know, kept as it came.
    case other(String)

    /// Maps a wire value case-insensitively.
    public init(wire: String) {
        switch wire.trimmingCharacters(in: .whitespaces).lowercased() {
        case "notstarted", "not started", "queued": self = .notStarted
        case "executing", "running": self = .executing
        case "succeeded", "completed": self = .succeeded
        case "failed": self = .failed
        case "resumed": self = .resumed
        default: self = .other(wire)
        }
    }

    /// The platform's spelling.
    public var description: String {
        switch self {
        case .notStarted: "notStarted"
        case .executing: "executing"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .resumed: "resumed"
        case .other(let raw): raw
        }
    }

    /// True once the operation has ended, well or not.
    public var isFinished: Bool { self == .succeeded || self == .failed }
}
