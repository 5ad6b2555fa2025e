import LineEditing
import PatchShell
#if canImport(Glibc)
import Glibc
#endif

/// Adapts libedit's `LineEditor` to the shell's `LineReader`.
@MainActor
final class LibEditLineReader: LineReader {
    private let editor: LineEditor

    /// Nil when libedit cannot start.
    init?() {
        guard let editor = try? LineEditor(program: "patchsh") else { return nil }
        self.editor = editor
        // Ctrl-C interrupts the read (libedit then returns) instead of ending patchsh.
        LineEditor.catchInterrupts()
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

    func takeInterrupt() -> Bool { LineEditor.takeInterrupt() }
}
