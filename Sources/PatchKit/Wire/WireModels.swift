import Foundation

// Tolerant mirrors of the wire JSON, decoded straight into the domain types. Every rule of
// shared/api/README.md §6 is applied here and nowhere else.

/// The login response body.
struct WireLogin: Decodable {
    let value: LoginResult

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        value = LoginResult(
            userName: object.string("username") ?? "",
            accountAlias: try object.requiredString("accountalias"),
            locationAlias: object.string("locationalias"),
            roles: object.attempt([String].self, "roles") ?? [],
            bearerToken: try object.requiredString("bearertoken"))
    }
}

/// One entry of the summary array.
struct WireSummary: Decodable {
    let value: ExecutionSummary

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        value = ExecutionSummary(
            id: try object.requiredString("execution_id"),
            status: PatchStatus(wire: object.string("status") ?? ""),
            startTime: object.time("start_time"),
            endTime: object.time("end_time"),
            initiations: (try object.decode([WireInitiation].self, "init_messages") ?? []).map(\.value))
    }
}

/// One initiation message object; accepts the documented misspelling `init_end_mesasge` (rule 2).
struct WireInitiation: Decodable {
    let value: Initiation

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        value = Initiation(
            startTime: object.time("start_time"),
            endTime: object.time("end_time"),
            beginMessage: object.string("init_begin_message").flatMap(nonEmpty),
            endMessage: object.string("init_end_message", "init_end_mesasge").flatMap(nonEmpty))
    }
}

/// The detail object; `patches` may be an array of objects or a bare count (rule 3).
struct WireDetail: Decodable {
    let value: ExecutionDetail

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        var patches: [Patch] = []
        var count = 0
        var detailed = false
        if let list = try? object.decode([WirePatch].self, "patches") {
            patches = list.map(\.value)
            count = patches.count
            detailed = true
        } else if let number = object.attempt(Int.self, "patches") ?? object.string("patches").flatMap({ Int($0) }) {
            count = number
        } else if object.has("patches"), !object.isNull("patches") {
            throw DecodingError.typeMismatch([WirePatch].self, .init(
                codingPath: [WireKey(stringValue: "patches")],
                debugDescription: "'patches' is neither a list of patch objects nor a number"))
        }
        value = ExecutionDetail(
            id: try object.requiredString("execution_id"),
            status: PatchStatus(wire: object.string("status") ?? ""),
            startTime: object.time("start_time"),
            endTime: object.time("end_time"),
            duration: object.string("duration").flatMap(nonEmpty),
            beginMessage: object.string("begin_message").flatMap(nonEmpty),
            endMessage: object.string("end_message").flatMap(nonEmpty),
            patches: patches, patchCount: count, hasPatchDetails: detailed)
    }
}

/// One patch object inside `patches`.
struct WirePatch: Decodable {
    let value: Patch

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        value = Patch(
            beginMessage: object.string("patch_begin_message") ?? "",
            endMessage: object.string("patch_end_message").flatMap(nonEmpty),
            status: PatchStatus(wire: object.string("status") ?? ""),
            startTime: object.time("start_time"),
            endTime: object.time("end_time"))
    }
}

/// The `{"message": …, "modelState": {field: [messages]}}` body of the v2 API's errors; the field
/// messages are appended, since they say what was wrong ("The package 'x' does not exist").
struct WireErrorBody: Decodable {
    let message: String?

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        let fields = (object.attempt([String: [String]].self, "modelstate") ?? [:]).sorted { $0.key < $1.key }
        let details = fields.flatMap { field in field.value.map { "\(field.key): \($0)" } }
        let message = object.string("message")
        guard !details.isEmpty else {
            self.message = message
            return
        }
        self.message = (message.map { $0 + " " } ?? "") + details.joined(separator: "; ")
    }
}

private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

