import PatchKit

/// How far one execution has got, counted from its detail: the numbers `wait` shows and judges by.
struct ExecutionProgress: Sendable, Equatable {
    var server: ServerID
    /// nil while the platform has not started the execution yet.
    var executionID: String?
    var status: PatchStatus
    var done = 0
    var failed = 0
    var pending = 0
    /// The KB or package of each failed patch.
    var failedUpdates: [String] = []

    /// Not started yet: only the queued operation exists.
    static func queued(_ server: ServerID) -> ExecutionProgress {
        ExecutionProgress(server: server, executionID: nil, status: .pending)
    }

    /// Counts the patches of `detail`; a patch is failed by the README's rule (`Patch.isFailed`).
    init(server: ServerID, detail: ExecutionDetail) {
        self.init(server: server, executionID: detail.id, status: detail.status)
        for patch in detail.patches {
            if patch.isFailed {
                failed += 1
                failedUpdates.append(patch.reference ?? patch.title)
            } else if patch.status == .completed {
                done += 1
            } else {
                pending += 1
            }
        }
    }

    init(server: ServerID, executionID: String?, status: PatchStatus) {
        self.server = server
        self.executionID = executionID
        self.status = status
    }

    /// Finished: the platform says completed or failed (an unknown status keeps `wait` waiting).
    var isFinished: Bool { status == .completed || status == .failed }

    /// Finished with at least one failed patch, or failed as a whole.
    var hasFailed: Bool { isFinished && (failed > 0 || status == .failed) }
}

/// The live line `wait` redraws on a terminal: `3 executions: 5 done, 1 failed, 3 pending, 12s`.
enum ProgressLine {
    static func text(_ progress: [ExecutionProgress], elapsed: Duration, width: Int) -> String {
        let finished = progress.filter(\.isFinished).count
        let done = progress.reduce(0) { $0 + $1.done }
        let failed = progress.reduce(0) { $0 + $1.failed }
        let pending = progress.reduce(0) { $0 + $1.pending }
        let what = progress.count == 1 ? (progress[0].executionID ?? "\(progress[0].server) (queued)")
            : "\(finished)/\(progress.count) executions"
        let line = "waiting for \(what): \(done) done, \(failed) failed, \(pending) pending, \(elapsed.components.seconds)s"
        return String(line.prefix(max(10, width - 1)))
    }

    /// Carriage return and erase to the end of the line: the terminal line is clean again.
    static let erase = "\r\u{1B}[K"
}
