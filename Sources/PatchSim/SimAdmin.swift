import Foundation

/// `/_sim/faults`: switches faults on a running emulator. The emulator listens on 127.0.0.1 only,
/// so only local processes (the tests) can reach it.
///
/// - `GET /_sim/faults` lists the faults in force with how often each was met and fired.
/// - `POST /_sim/faults` adds faults: a JSON object, an array of them, or `{"faults": [...]}`.
/// - `DELETE /_sim/faults` removes them all.
enum SimAdmin {
    static let prefix = "/_sim/"

    static func handle(_ request: SimRequest, faults: SimFaultBoard) -> SimResponse {
        guard request.path.lowercased() == "/_sim/faults" else {
            return .message(404, "The admin endpoint is '/_sim/faults'.")
        }
        switch request.method {
        case "GET":
            return SimResponse(status: 200, json: faults.listing)
        case "DELETE":
            faults.clear()
            return SimResponse(status: 200, json: faults.listing)
        case "POST":
            do {
                faults.add(try parse(request.body))
            } catch {
                return .message(400, "Invalid fault: \(error).")
            }
            return SimResponse(status: 200, json: faults.listing)
        default:
            return .message(405, "Use GET, POST or DELETE on /_sim/faults.", headers: [SimHeader("Allow", "GET, POST, DELETE")])
        }
    }

    private static func parse(_ body: Data) throws(SimError) -> [SimFault] {
        guard let value = try? JSONSerialization.jsonObject(with: body) else {
            throw .invalidValue(flag: "body", value: String(decoding: body.prefix(80), as: UTF8.self), reason: "not JSON")
        }
        let objects: [Any]
        if let object = value as? [String: Any], let list = object["faults"] as? [Any] {
            objects = list
        } else if let list = value as? [Any] {
            objects = list
        } else {
            objects = [value]
        }
        var result: [SimFault] = []
        for object in objects {
            guard let fields = object as? [String: Any] else {
                throw .invalidValue(flag: "body", value: "\(object)", reason: "each fault is a JSON object")
            }
            result.append(try SimFault(json: fields))
        }
        return result
    }
}
