import Foundation

/// The faults in force and how often each has been met, shared by every copy of a router (one per
/// connection thread) so `every=3` counts requests across connections.
final class SimFaultBoard: Sendable {
    private struct Entry {
        var fault: SimFault
        var seen = 0
        var fired = 0
        var random: SplitMix64
    }

    private let entries: SimLocked<[Entry]>

    init(_ faults: [SimFault]) {
        entries = SimLocked(faults.map { Entry(fault: $0, random: SplitMix64(seed: $0.seed)) })
    }

    /// Adds faults after those already in force.
    func add(_ faults: [SimFault]) {
        entries.withLock { $0 += faults.map { Entry(fault: $0, random: SplitMix64(seed: $0.seed)) } }
    }

    /// Removes every fault.
    func clear() { entries.withLock { $0.removeAll() } }

    /// The fault to inject into this request, if any: the first in force that selects it.
    func select(method: String, path: String) -> SimFault.Kind? {
        entries.withLock { entries in
            for index in entries.indices where entries[index].fault.matches(method: method, path: path) {
                if let times = entries[index].fault.times, entries[index].fired >= times { continue }
                entries[index].seen += 1
                let fires: Bool
                if let probability = entries[index].fault.probability {
                    fires = entries[index].random.nextUnit() < probability
                } else {
                    fires = entries[index].seen % entries[index].fault.every == 0
                }
                guard fires else { continue }
                entries[index].fired += 1
                return entries[index].fault.kind
            }
            return nil
        }
    }

    /// The faults in force, with their counters, for `GET /_sim/faults`.
    var listing: SimJSON {
        let members = entries.withLock { entries in
            entries.map { entry -> SimJSON in
                var fields: [SimJSON.Member] = [.init("path", .string(entry.fault.path)),
                                                .init("fault", .string(entry.fault.kind.name)),
                                                .init("seen", .number(entry.seen)), .init("fired", .number(entry.fired))]
                if let method = entry.fault.method { fields.append(.init("method", .string(method))) }
                if let times = entry.fault.times { fields.append(.init("times", .number(times))) }
                return .object(fields)
            }
        }
        return ["faults": .array(members)]
    }
}

extension SimFault.Kind {
    /// The `fault=` name of this kind.
    var name: String {
        switch self {
        case .latency: "latency"
        case .status: "status"
        case .tooManyRequests: "too-many-requests"
        case .dropBeforeResponse: "drop-before-response"
        case .dropDuringBody: "drop-during-body"
        case .truncatedBody: "truncated-body"
        case .malformedBody: "malformed-body"
        case .htmlBody: "html-body"
        case .invalidUTF8: "invalid-utf8"
        case .hugeBody: "huge-body"
        case .wrongShape: "wrong-shape"
        case .expireTokens: "expire-tokens"
        }
    }
}

/// A small seeded generator (SplitMix64), so `probability=0.3,seed=7` injects the same requests on
/// every run; tests use it too, so a failing random case is reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
