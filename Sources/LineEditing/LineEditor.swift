import CLibEdit
import Glibc
import LineEditShim

/// What one call to `LineEditor.readLine` produced.
public enum LineEditorInput: Sendable, Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// Errors from libedit, turned from C return codes into Swift values.
public enum LineEditorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libedit could not start on these streams.
    case cannotStart

    public var description: String { "The line editor could not start on this terminal." }
}

/// One libedit editor with its history, owning both handles. Not thread-safe: use it from one thread.
public final class LineEditor {
    private let editor: OpaquePointer
    private var completion: CompletionBox?

    /// Starts libedit on standard input, output and error, and reads `~/.editrc` as libedit does.
    public init(program: String) throws(LineEditorError) {
        guard let editor = pe_open(program) else { throw .cannotStart }
        self.editor = editor
        _ = pe_source_editrc(editor)
    }

    deinit { pe_close(editor) }


    /// Shows `prompt` and reads one edited line. Bytes between `\u{1}` pairs in the prompt are
    /// non-printing (colour sequences), so libedit measures the prompt's width correctly.
    public func readLine(prompt: String) -> LineEditorInput {
        pe_set_prompt(editor, prompt)
        var count: Int32 = 0
        _ = pe_take_interrupt()
        TypeAheadGuard.enterRawInput()
        guard let raw = pe_gets(editor, &count), count > 0 else {
            return pe_take_interrupt() != 0 ? .interrupted : .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the in-memory history (libedit drops a consecutive duplicate).
    public func addHistory(_ line: String) { _ = pe_history_enter(editor, line) }

    /// Bounds the history libedit keeps in memory for recall (the file is patchsh's own, HistoryStore).
    public func setHistorySize(_ size: Int) { _ = pe_history_set_size(editor, Int32(clamping: size)) }



    /// Installs the Tab handler: given the line up to the cursor, it returns the text to insert
    /// (possibly empty) and the candidates to list when there is more than one.
    public func setCompletion(_ complete: @escaping (String) -> Completion) {
        let box = CompletionBox(complete: complete, editor: editor)
        completion = box
        pe_set_completer(editor, { context, before in
            guard let context, let before else { return 0 }
            let box = Unmanaged<CompletionBox>.fromOpaque(context).takeUnretainedValue()
            return box.run(String(cString: before))
        }, Unmanaged.passUnretained(box).toOpaque())
    }


    /// Forgets the line being edited (after Ctrl-C).
    public func reset() { pe_reset(editor) }
}

/// The answer of a completion function.
public struct Completion: Sendable, Equatable {
    /// Text to insert at the cursor.
    public var insertion: String
    /// Candidates to list below the line when the word is ambiguous.
    public var candidates: [String]

    /// A plain memberwise initialiser.
    public init(insertion: String, candidates: [String]) {
        self.insertion = insertion
        self.candidates = candidates
    }
}

/// Keeps the Swift closure alive for the C callback and applies its answer.
private final class CompletionBox {
    let complete: (String) -> Completion
    let editor: OpaquePointer

    init(complete: @escaping (String) -> Completion, editor: OpaquePointer) {
        self.complete = complete
        self.editor = editor
    }

    func run(_ before: String) -> Int32 {
        let answer = complete(before)
        if !answer.insertion.isEmpty { _ = pe_insert(editor, answer.insertion) }
        if answer.candidates.count > 1 {
            pe_print(editor, "\n" + CandidateLayout.columns(answer.candidates, width: TerminalSize.columns()))
            return 2
        }
        return answer.insertion.isEmpty ? 0 : 1
    }
}
