import Foundation

/// The executions Execute Package has created, shared by every copy of a router (one per connection
/// thread) so an execution queued through one connection is seen through all of them.
final class SimApplications: Sendable {
    private struct State {
        var executions: [SimAppliedExecution] = []
        var nextNumber = 900_001
    }

    private let state = SimLocked(State())

    /// Queues a new execution of `package` on a server and returns it.
    func queue(alias: String, serverID: String, package: SimPackage, failing rules: [SimFailingUpdate],
               step: TimeInterval, now: Date) -> SimAppliedExecution {
        state.withLock { state in
            // The execution ID takes the data-centre prefix of the server, as the platform's do.
            let id = "\(serverID.prefix(3).uppercased())-\(state.nextNumber)"
            state.nextNumber += 1
            let failing = package.updates.map { update in rules.contains { $0.fails(update, on: serverID) } }
            let execution = SimAppliedExecution(id: id, alias: alias, serverID: serverID, queued: now,
                                                package: package, failing: failing, step: step)
            state.executions.append(execution)
            return execution
        }
    }

    /// The executions of one server, newest first.
    func executions(alias: String, serverID: String) -> [SimAppliedExecution] {
        state.withLock { state in
            state.executions.reversed().filter {
                $0.alias.uppercased() == alias.uppercased() && $0.serverID.uppercased() == serverID.uppercased()
            }
        }
    }

    /// The execution whose status ID (its lower-case execution ID) is `statusID`, in account `alias`.
    func execution(alias: String, statusID: String) -> SimAppliedExecution? {
        state.withLock { state in
            state.executions.first { $0.alias.uppercased() == alias.uppercased() && $0.id.uppercased() == statusID.uppercased() }
        }
    }
}
