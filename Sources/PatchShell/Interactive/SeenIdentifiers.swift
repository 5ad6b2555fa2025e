/// Aliases, servers and execution IDs this session has seen (from `use`, `executions`, `execution`),
/// offered by tab completion. Bounded so a long session cannot grow it without limit.
public struct SeenIdentifiers: Sendable {
    private(set) var aliases: [String] = []
    private(set) var servers: [String] = []
    /// Execution IDs by `ALIAS/SERVER`.
    private(set) var executions: [String: [String]] = [:]
    static let limit = 500

    mutating func saw(alias: String) { Self.remember(alias, in: &aliases) }
    mutating func saw(server: String) { Self.remember(server, in: &servers) }

    mutating func saw(executions ids: [String], alias: String, server: String) {
        var list = executions["\(alias)/\(server)"] ?? []
        for id in ids { Self.remember(id, in: &list) }
        executions["\(alias)/\(server)"] = list
    }

    func executions(alias: String, server: String) -> [String] { executions["\(alias)/\(server)"] ?? [] }

    private static func remember(_ value: String, in list: inout [String]) {
        guard !list.contains(value) else { return }
        list.append(value)
        if list.count > limit { list.removeFirst() }
    }
}
