/// The prompt: reads entries (several lines when a quote or block is open), runs each with the
/// `.prompt` error policy and comes back, until Ctrl-D or `exit`.
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
        let reader = reader
        shell.language.takeInterrupt = { reader.takeInterrupt() }
        var pending = ""
        while true {
            let prompt = pending.isEmpty ? shell.prompt : String(repeating: " ", count: max(0, shell.prompt.count - 4)) + "..> "
            switch reader.readLine(prompt: prompt) {
            case .end:
                if !pending.isEmpty { shell.errors.line("error: the unfinished entry was abandoned") }
                shell.output.line("")
                return 0
            case .interrupted:
                // libedit left the cursor on the abandoned line.
                shell.output.line("")
                pending = ""
                continue
            case .line(let line):
                pending += pending.isEmpty ? line : "\n" + line
                if Parser.needsMoreInput(pending) { continue }
                let entry = pending
                pending = ""
                if entry.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                reader.addHistory(entry)
                let outcome = await shell.run(source: entry, origin: "<prompt>", policy: .prompt)
                if outcome.exited { return outcome.status }
            }
        }
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
