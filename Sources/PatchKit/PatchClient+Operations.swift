import Foundation

extension PatchClient {
    /// Queues `package` on `servers` (Execute Package). Sent once: a POST is never repeated blindly,
    /// since a repeat could patch, and reboot, the servers twice.
    public func executePackage(alias: AccountAlias, servers: [ServerID],
                               package: PatchPackage) async throws(PatchError) -> [QueuedPatching] {
        let url = endpoints.api + "/v2/operations/" + PathSegment.encode(alias.value) + "/servers/executePackage"
        let label = RequestLabel(method: "POST", url: url)
        let document: [String: Any] = [
            "servers": servers.map(\.value),
            "package": ["packageId": package.id, "parameters": package.parameters] as [String: Any],
        ]
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        } catch {
            throw .badResponse(label, status: 0, reason: "the request could not be encoded")
        }
        let exchange = try await perform(label, body: body, authorised: true)
        return try decode([WireQueuedServer].self, exchange, label: label,
                          subject: "Account '\(alias)'").map(\.value)
    }

    /// The state of a queued operation.
    public func operationStatus(alias: AccountAlias, statusID: String) async throws(PatchError) -> OperationStatus {
        let url = endpoints.api + "/v2/operations/" + PathSegment.encode(alias.value) + "/status/" + PathSegment.encode(statusID)
        let label = RequestLabel(method: "GET", url: url)
        let exchange = try await perform(label, body: nil, authorised: true)
        return try decode(WireOperationStatus.self, exchange, label: label,
                          subject: "Operation '\(statusID)' in account '\(alias)'").value
    }
}
