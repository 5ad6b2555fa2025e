/// The interpreter's state beyond variables: user-defined commands, `on-error`, and how deep calls,
/// `source` and `try` are nested. One value on `Shell`, so the session type stays small.
struct LanguageState {
    /// What a failing command does, as set by `on-error`.
    enum OnError: String {
        /// Stop the script (the default).
        case stop
        /// Report the failure with its position and go on with the next statement.
        case `continue`
    }

    var functions: [String: FunctionDefinition] = [:]
    var onError = OnError.stop
    /// The policy of the current `run`, for errors reported while going on.
    var policy = ErrorPolicy.script
    /// The first status reported under `on-error continue`; the script exits with it unless it exits itself.
    var continuedFailure: Int32?
    var tryDepth = 0
    var callDepth = 0
    var sourceDepth = 0
    /// The folder of the file running now (for `source`); nil for `-c`, standard input and the prompt.
    var scriptDirectory: String?

    /// True in an iteration of a parallel loop: session-wide commands and re-login are refused.
    var inParallelIteration = false

    /// The state an iteration of a parallel loop starts with: this one, with its own failure record.
    func forIteration() -> LanguageState {
        var copy = self
        copy.inParallelIteration = true
        copy.continuedFailure = nil
        return copy
    }

    /// A state that only knows its script's folder (to resolve paths the way `source` will).
    init(scriptDirectory: String? = nil) { self.scriptDirectory = scriptDirectory }

    static let maximumCallDepth = 100
    static let maximumSourceDepth = 16

    /// The folder part of a script path, or nil when it has none.
    static func directory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` taken relative to the running script's folder (the working directory when there is none).
    func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), let scriptDirectory else { return path }
        return scriptDirectory == "/" ? "/" + path : scriptDirectory + "/" + path
    }
}
