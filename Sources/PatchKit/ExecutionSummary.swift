import Foundation

/// One execution of the patching job against a server, as the summary endpoint lists it.
public struct ExecutionSummary: Sendable, Equatable {
    public var id: String
    public var status: PatchStatus
    public var startTime: Date?
    public var endTime: Date?
    /// One entry per initiation: each patch round between reboots.
    public var initiations: [Initiation]

    /// A plain memberwise initialiser.
    public init(id: String, status: PatchStatus, startTime: Date?, endTime: Date?, initiations: [Initiation]) {
        self.id = id
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.initiations = initiations
    }

    /// Updates announced over all rounds; nil when no round said how many.
    public var updateCount: Int? {
        let counts = initiations.compactMap(\.updateCount)
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }
}

/// One initiation (patch round) of an execution, with the messages that open and close it.
public struct Initiation: Sendable, Equatable {
    public var startTime: Date?
    public var endTime: Date?
    public var beginMessage: String?
    public var endMessage: String?

    /// A plain memberwise initialiser.
    public init(startTime: Date?, endTime: Date?, beginMessage: String?, endMessage: String?) {
        self.startTime = startTime
        self.endTime = endTime
        self.beginMessage = beginMessage
        self.endMessage = endMessage
    }

    /// The number in `There are 0 updates to install` or `downloaded 4 updates`.
    public var updateCount: Int? {
        guard let message = endMessage else { return nil }
        let words = message.split(whereSeparator: { $0 == " " || $0 == "#" })
        for (index, word) in words.enumerated() where index + 1 < words.count {
            if let count = Int(word), words[index + 1].lowercased().hasPrefix("update") { return count }
        }
        return nil
    }

    /// The URLs listed between `##` markers in the closing message.
    public var updateURLs: [String] {
        guard let message = endMessage else { return [] }
        return message.split(whereSeparator: { $0 == " " || $0 == "#" })
            .filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
            .map(String.init)
    }
}
