import PatchKit

/// The listings of `apply` (one row per server) and `wait` (one row per execution).
enum PatchingViews {
    static func queued(_ answers: [QueuedPatching]) -> Listing {
        let fields = [Field("server", "SERVER"), Field("queued", "QUEUED"), Field("status_id", "STATUS ID"),
                      Field("error", "MESSAGE", role: .text)]
        let records: [[Cell]] = answers.map { answer in
            [.string(answer.server),
             Cell(json: .bool(answer.isQueued), text: answer.isQueued ? "queued" : "not queued",
                  tone: answer.isQueued ? .good : .bad),
             .string(answer.statusID), .string(answer.errorMessage)]
        }
        return Listing(fields: fields, records: records)
    }

    static func finished(_ progress: [ExecutionProgress]) -> Listing {
        let fields = [Field("server", "SERVER"), Field("execution_id", "EXECUTION"), Field("status", "STATUS"),
                      Field("done", "DONE"), Field("failed", "FAILED"), Field("pending", "PENDING"),
                      Field("failed_updates", "FAILED UPDATES", role: .text)]
        let records: [[Cell]] = progress.map { item in
            let verdict = item.hasFailed ? "failed" : item.status.description
            let tone: Tone? = item.hasFailed ? .bad : item.isFinished ? .good : .waiting
            return [.string(item.server.value), .string(item.executionID), .string(verdict, tone: tone),
                    .int(item.done), .int(item.failed), .int(item.pending),
                    Cell(json: .array(item.failedUpdates.map { .string($0) }),
                         text: item.failedUpdates.isEmpty ? "-" : item.failedUpdates.joined(separator: " "))]
        }
        return Listing(fields: fields, records: records)
    }
}
