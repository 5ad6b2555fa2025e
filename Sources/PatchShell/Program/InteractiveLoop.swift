#if canImport(Glibc)
import Glibc
#endif

/// The prompt: reads entries (several lines when a quote or block is open), runs each with the
/// `.prompt` error policy and comes back, until Ctrl-D or `exit`. Ctrl-C abandons the line being typed,
/// or cancels the running command; the session is never lost.
@MainActor
public struct InteractiveLoop {
    let shell: Shell
    let reader: any LineReader

    /// A loop over `reader` driving `shell`.
    public init(shell: Shell, reader: any LineReader) {
        self.shell = shell
        self.reader = reader
    }

    /// Runs until the end of input; returns the exit status.
    public func run() async -> Int32 {
        loadHistory()
        let shell = self.shell
        reader.setCompletion { line in shell.completions(for: line) }
        var pending = ""
        while true {
            let prompt = pending.isEmpty ? shell.prompt : shell.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .end:
                if !pending.isEmpty { shell.errors.line("error: the unfinished entry was abandoned") }
                shell.output.line("")
                return 0
            case .interrupted:
                // libedit left the cursor on the abandoned line.
                shell.output.line("")
                pending = ""
            case .line(let line):
                pending += pending.isEmpty ? line : "\n" + line
                if Parser.needsMoreInput(pending) { continue }
                let entry = pending
                pending = ""
                if entry.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                record(entry)
                let outcome = await runCancellably(entry)
                if outcome.exited { return outcome.status }
            }
        }
    }

    /// Runs one entry in its own task, which Ctrl-C cancels (its request with it).
    private func runCancellably(_ entry: String) async -> RunOutcome {
        let shell = self.shell
        let task = Task { @MainActor in await shell.run(source: entry, origin: "<prompt>", policy: .prompt) }
        reader.setInterruptHandler {
            task.cancel()
            // The terminal echoed ^C; end that line before the command reports its interruption.
            TerminalBell.newline()
        }
        let outcome = await task.value
        reader.setInterruptHandler(nil)
        return outcome
    }

    private func loadHistory() {
        guard let store = shell.interactive.history else { return }
        reader.setHistoryLimit(store.limit)
        let (entries, warning) = store.load()
        if let warning { shell.errors.line("warning: " + warning) }
        for entry in entries { reader.addHistory(entry) }
    }

    private func record(_ entry: String) {
        guard HistoryPolicy.shouldRecord(entry, secrets: [shell.session.token].compactMap { $0 }) else { return }
        reader.addHistory(entry)
        if let warning = shell.interactive.history?.append(entry) { shell.errors.line("warning: " + warning) }
    }
}

/// Writes from the interrupt thread, where the main actor's sinks cannot be used.
enum TerminalBell {
    static func newline() {
        var byte: UInt8 = 0x0A
        _ = write(STDERR_FILENO, &byte, 1)
    }
}

extension Parser {
    /// True when the text is a construct still open at its end: a quote, `${`, `$(`, a block without
    /// `end`, or a trailing `\`. Any other syntax error is reported at once instead.
    static func needsMoreInput(_ source: String) -> Bool {
        if source.hasSuffix("\\") { return true }
        let (_, diagnostics) = parse(source, origin: "<prompt>")
        guard !diagnostics.isEmpty else { return false }
        return diagnostics.allSatisfy { $0.message.hasPrefix("unterminated") || $0.message.contains("has no matching 'end'") }
    }
}
