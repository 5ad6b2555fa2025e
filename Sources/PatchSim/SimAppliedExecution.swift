import Foundation

/// An execution created by Execute Package. Its state is a pure function of the time since it was
/// queued, advancing one stage every `step` seconds:
///
/// stage 0 pending (no patch started) → stages 1…n running, patch k-1 finishing at stage k →
/// stage n+1 completed. So a run of three updates takes four steps.
struct SimAppliedExecution: Sendable {
    /// The execution ID, e.g. `VA1-900001`; its lower-case form is the operation's status ID.
    let id: String
    let alias: String
    let serverID: String
    let queued: Date
    let package: SimPackage
    /// For each update, whether it fails.
    let failing: [Bool]
    let step: TimeInterval

    /// The stage reached at `now` (0 = pending, `updates.count + 1` = completed).
    func stage(at now: Date) -> Int {
        let elapsed = max(0, now.timeIntervalSince(queued))
        // A zero step would finish at once; a huge one never finishes (wait --timeout tests).
        guard step > 0 else { return package.updates.count + 1 }
        let stage = (elapsed / step).rounded(.down)
        return stage >= Double(package.updates.count + 1) ? package.updates.count + 1 : Int(stage)
    }

    private func time(atStage stage: Int) -> String {
        SimTime.iso(queued.addingTimeInterval(Double(stage) * step))
    }

    private func status(at now: Date) -> String {
        switch stage(at: now) {
        case 0: "pending"
        case package.updates.count + 1: "completed"
        default: "running"
        }
    }

    /// The platform's operation status: notStarted, executing, succeeded or failed.
    func operationStatus(at now: Date) -> String {
        switch stage(at: now) {
        case 0: "notStarted"
        case package.updates.count + 1: failing.contains(true) ? "failed" : "succeeded"
        default: "executing"
        }
    }

    private func endTime(at now: Date) -> String {
        stage(at: now) == package.updates.count + 1 ? time(atStage: package.updates.count + 1) : ""
    }

    /// Its entry in the server's summary.
    func summary(at now: Date) -> SimJSON {
        let begin = package.isLinux ? "Invoking yum check-update" : "Invoking SUS API"
        let items = package.updates.map { update in
            package.isLinux ? String(update.dropFirst("Installing ".count)) : (Self.kbNumber(in: update).map(SimFleet.kb) ?? update)
        }
        let rounds: [SimJSON] = stage(at: now) == 0 ? [] : [
            SimFleet.initMessage(time(atStage: 0), time(atStage: 1), begin, SimFleet.downloaded(items)),
        ]
        return SimFleet.summary(id, status(at: now), time(atStage: 0), endTime(at: now), rounds)
    }

    /// The detail body: finished patches with their result code, the rest pending.
    func detail(at now: Date) -> SimJSON {
        let stage = stage(at: now)
        let patches: [SimJSON] = package.updates.enumerated().map { index, update in
            guard index + 1 < stage else { return SimFleet.patch("", "", update, "", "pending") }
            let failed = failing[index]
            return SimFleet.patch(time(atStage: index + 1), time(atStage: index + 2), update,
                                  failed ? "Result Code: 4" : "Result Code: 2", failed ? "failed" : "completed")
        }
        let finished = stage == package.updates.count + 1
        let seconds = Int((Double(package.updates.count + 1) * step).rounded())
        return SimFleet.detail(id, status(at: now), time(atStage: 0), endTime(at: now),
                               duration: finished ? "\(seconds / 60)m \(seconds % 60)s" : "",
                               endMessage: finished ? "Updating Complete" : "", patches: patches)
    }

    private static func kbNumber(in text: String) -> Int? {
        guard let range = text.range(of: "(KB") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}

/// ISO 8601 UTC times for bodies built at run time.
enum SimTime {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
