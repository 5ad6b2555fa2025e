// Tolerant mirrors of the v2 operations bodies (api/README.md §4), under the same rules as the rest
// of the wire: keys in any case, unknown fields ignored, booleans also as strings.

/// One element of the Execute Package answer.
struct WireQueuedServer: Decodable {
    let value: QueuedPatching

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        let links = object.attempt([WireLink].self, "links") ?? []
        let status = links.first { $0.rel?.lowercased() == "status" } ?? links.first
        let message = object.string("errormessage", "error_message", "message")
        value = QueuedPatching(
            server: try object.requiredString("server"),
            isQueued: object.bool("isqueued") ?? false,
            statusID: status?.id ?? status?.href.flatMap(Self.lastSegment),
            errorMessage: message.flatMap { $0.isEmpty ? nil : $0 })
    }

    private static func lastSegment(_ href: String) -> String? {
        let last = href.split(separator: "?").first?.split(separator: "/").last.map(String.init)
        return last?.isEmpty == false ? last : nil
    }
}

/// A `{"rel", "href", "id"}` link.
struct WireLink: Decodable {
    let rel: String?
    let href: String?
    let id: String?

    init(from decoder: any Decoder) throws {
        let object = try WireObject(decoder)
        rel = object.string("rel")
        href = object.string("href")
        id = object.string("id").flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The operation status body.
struct WireOperationStatus: Decodable {
    let value: OperationStatus

    init(from decoder: any Decoder) throws {
        value = OperationStatus(wire: try WireObject(decoder).requiredString("status"))
    }
}
