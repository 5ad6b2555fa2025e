import Foundation

// Execute Package and the operation status (api/README.md §4), and the applied executions'
// place in the summary and detail endpoints.
extension SimRouter {
    /// `POST /v2/operations/{alias}/servers/executePackage`: one execution per known server; an
    /// unknown server gets `isQueued: false` with an `errorMessage`, as the platform answers.
    func executePackage(_ request: SimRequest, alias: String) -> SimResponse {
        let body: ExecutePackageBody
        switch ExecutePackageBody.parse(request.body) {
        case .success(let parsed): body = parsed
        case .failure(let invalid): return invalid.response
        }
        guard let package = SimPackage.named(body.packageID) else {
            return SimResponse(status: 400, json: [
                "message": "The request is invalid.",
                "modelState": ["package.packageId": .array([.string("The package '\(body.packageID)' does not exist.")])],
            ])
        }
        let now = clock()
        let answers: [SimJSON] = body.servers.map { name in
            guard let server = fleet.server(alias: alias, id: name) else {
                return ["server": .string(name), "isQueued": false,
                        "errorMessage": .string("The server '\(name)' was not found in account '\(alias.uppercased())'.")]
            }
            let execution = applications.queue(alias: alias, serverID: server.id, package: package,
                                               failing: configuration.failingUpdates,
                                               step: configuration.executionStepSeconds, now: now)
            let statusID = execution.id.lowercased()
            return ["server": .string(server.id), "isQueued": true, "links": [[
                "rel": "status", "href": .string("/v2/operations/\(alias.uppercased())/status/\(statusID)"),
                "id": .string(statusID),
            ]]]
        }
        return SimResponse(status: 200, json: .array(answers))
    }

    /// `GET /v2/operations/{alias}/status/{id}`.
    func operationStatus(alias: String, statusID: String) -> SimResponse {
        guard let execution = applications.execution(alias: alias, statusID: statusID) else {
            return .message(404, "The operation '\(statusID)' was not found in account '\(alias)'.")
        }
        return SimResponse(status: 200, json: ["id": .string(statusID), "status": .string(execution.operationStatus(at: clock()))])
    }

    /// The summary body: applied executions (newest first) above the fleet's own.
    func summaryBody(of server: SimFleet.Server, alias: String) -> SimJSON {
        let now = clock()
        let applied = applications.executions(alias: alias, serverID: server.id).map { $0.summary(at: now) }
        return .array(applied + server.executions.map(\.summary))
    }

    /// The detail body of an applied or a fleet execution, if the server has it.
    func detailBody(of server: SimFleet.Server, alias: String, executionID: String) -> SimJSON? {
        if let applied = applications.executions(alias: alias, serverID: server.id)
            .first(where: { $0.id.uppercased() == executionID.uppercased() }) {
            return applied.detail(at: clock())
        }
        return server.execution(executionID)?.detail
    }
}

/// The request body of Execute Package, keys matched case-insensitively as the platform's model binding does.
struct ExecutePackageBody {
    var servers: [String]
    var packageID: String

    /// A 400 with the v2 error body: `message` and `modelState` naming each bad field.
    struct Invalid: Error {
        var fields: [SimJSON.Member]
        var response: SimResponse {
            SimResponse(status: 400, json: ["message": "The request is invalid.", "modelState": .object(fields)])
        }
    }

    static func parse(_ data: Data) -> Result<ExecutePackageBody, Invalid> {
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        func field(_ name: String, in object: [String: Any]) -> Any? {
            object.first { $0.key.lowercased() == name.lowercased() }?.value
        }
        var problems: [SimJSON.Member] = []
        let servers = (field("servers", in: object) as? [Any])?.compactMap { $0 as? String } ?? []
        if servers.isEmpty { problems.append(.init("servers", ["The servers field is required."])) }
        let package = field("package", in: object) as? [String: Any] ?? [:]
        let packageID = field("packageId", in: package) as? String ?? ""
        if packageID.isEmpty { problems.append(.init("package.packageId", ["The packageId field is required."])) }
        guard problems.isEmpty else { return .failure(Invalid(fields: problems)) }
        return .success(ExecutePackageBody(servers: servers, packageID: packageID))
    }
}
