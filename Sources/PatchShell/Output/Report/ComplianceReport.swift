import Foundation
import PatchKit

/// Compliance of a set of servers, judged on each server's latest execution.
struct ComplianceReport: Sendable {
    /// What a server's latest execution says about it.
    enum Verdict: String, Sendable {
        /// Finished, every patch installed (code 3 warnings allowed, and listed).
        case compliant
        /// At least one patch failed by patchsh's rule.
        case failed
        /// The execution, or one of its patches, has not finished.
        case inProgress = "in progress"
        /// Nothing to judge: no execution, no patch details, or the server was not found.
        case unknown

        var tone: Tone {
            switch self {
            case .compliant: .good
            case .failed: .bad
            case .inProgress: .waiting
            case .unknown: .warning
            }
        }
    }

    /// One server's line of the report.
    struct Entry: Sendable {
        var server: String
        var latest: ExecutionSummary?
        var detail: ExecutionDetail?
        /// Why there is nothing to judge, when there is not.
        var problem: String?

        var counts: PatchViews.Counts { PatchViews.Counts(detail?.patches ?? []) }
        var failedPatches: [Patch] { detail?.failedPatches ?? [] }

        var verdict: Verdict {
            guard problem == nil, let detail else { return .unknown }
            if counts.failed > 0 { return .failed }
            if detail.status.isUnfinished || counts.pending > 0 { return .inProgress }
            guard detail.hasPatchDetails, detail.status == .completed else { return .unknown }
            return .compliant
        }

        /// A short reason for people, e.g. `1 failed patch` or `no executions yet`.
        var reason: String {
            if let problem { return problem }
            guard let detail else { return "no executions yet" }
            let counts = self.counts
            switch verdict {
            case .failed: return counts.failed == 1 ? "1 failed patch" : "\(counts.failed) failed patches"
            case .inProgress: return detail.status.isUnfinished ? "execution \(detail.status)" : "\(counts.pending) pending"
            case .unknown: return detail.hasPatchDetails ? "status \(detail.status)" : "the platform sent only a patch count"
            case .compliant: return counts.warnings > 0 ? "\(counts.warnings) with warnings" : "all patches installed"
            }
        }
    }

    var alias: String
    var entries: [Entry]
    var generated: Date

    var isCompliant: Bool { !entries.isEmpty && entries.allSatisfy { $0.verdict == .compliant } }

    /// `NOT COMPLIANT: 1 of 3 servers compliant (VA1OSDPATCH33 failed, …)`.
    var verdictLine: String {
        let good = entries.filter { $0.verdict == .compliant }.count
        let head = isCompliant ? "COMPLIANT" : "NOT COMPLIANT"
        var line = "\(head): \(good) of \(entries.count) \(entries.count == 1 ? "server" : "servers") compliant"
        let others = entries.filter { $0.verdict != .compliant }.map { "\($0.server) \($0.verdict.rawValue)" }
        if !others.isEmpty { line += " (" + others.joined(separator: ", ") + ")" }
        return line + "."
    }
}
