import Foundation

/// A one-line progress bar on standard error for long fan-outs, redrawn in place: `[####····] 412/1000
/// 3 failed 2.4 s`. Drawn only when the sink is a terminal, and only once the work has taken a moment,
/// so short loops never flash one. `clear()` removes it before other text is written.
@MainActor
final class ProgressBar {
    private let sink: TextSink
    private let total: Int
    private let started = Date()
    private var lastDrawn: Date?
    private var visible = false

    /// The delay before the bar first appears, and between redraws.
    private static let firstDrawAfter: TimeInterval = 0.3
    private static let redrawEvery: TimeInterval = 0.1

    init(sink: TextSink, total: Int) {
        self.sink = sink
        self.total = total
    }

    /// Redraws the bar when it is due.
    func update(done: Int, failed: Int) {
        guard sink.isTerminal, total > 1 else { return }
        let now = Date()
        guard now.timeIntervalSince(started) >= Self.firstDrawAfter else { return }
        if let lastDrawn, now.timeIntervalSince(lastDrawn) < Self.redrawEvery, done < total { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        let failures = failed > 0 ? "  \(failed) failed" : ""
        let elapsed = String(format: "%.1f s", now.timeIntervalSince(started))
        sink.write("\r\u{1B}[K[\(bar)] \(done)/\(total)\(failures)  \(elapsed)")
        visible = true
    }

    /// Erases the bar (the line it was on is left empty, the cursor at its start).
    func clear() {
        guard visible else { return }
        sink.write("\r\u{1B}[K")
        visible = false
    }
}
