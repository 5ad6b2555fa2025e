import LineEditing
import PatchShell

/// Adapts libedit's `LineEditor` to the shell's `LineReader`, and Ctrl-C to task cancellation.
@MainActor
final class LibEditLineReader: LineReader {
    private let editor: LineEditor
    private let interrupts: InterruptWatcher?

    /// Nil when libedit cannot start.
    init?() {
        guard let editor = try? LineEditor(program: "patchsh") else { return nil }
        self.editor = editor
        // Ctrl-C interrupts the read (libedit then returns) instead of ending patchsh.
        interrupts = InterruptWatcher()
    }

    func readLine(prompt: String) -> LineRead {
        switch editor.readLine(prompt: prompt) {
        case .line(let line): return .line(line)
        case .interrupted:
            editor.reset()
            return .interrupted
        case .endOfInput: return .end
        }
    }

    func addHistory(_ line: String) { editor.addHistory(line) }

    func setHistoryLimit(_ limit: Int) { editor.setHistorySize(limit) }

    func setCompletion(_ complete: @escaping @MainActor (String) -> (insertion: String, candidates: [String])) {
        editor.setCompletion { line in
            // libedit calls back on the main thread, inside readLine.
            MainActor.assumeIsolated {
                let answer = complete(line)
                return Completion(insertion: answer.insertion, candidates: answer.candidates)
            }
        }
    }

    func setInterruptHandler(_ handler: (@Sendable () -> Void)?) { interrupts?.setHandler(handler) }
}
