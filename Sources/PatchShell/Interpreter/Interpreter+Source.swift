import Foundation

/// `source FILE [ARGS…]`: another file run in this shell, checked whole before any of it runs.
extension Shell {
    func source(_ path: String, arguments newArguments: [String]?) async throws {
        let resolved = language.resolve(path)
        guard language.sourceDepth < LanguageState.maximumSourceDepth else {
            throw ShellError.failed("'source' is nested \(LanguageState.maximumSourceDepth) files deep at '\(resolved)'; "
                                    + "does a file source itself?", status: .failure)
        }
        let text: String
        do {
            text = try ScriptFile.read(resolved)
        } catch {
            // A missing file is "not found" (4), as for `lines`; the message names the path as resolved.
            let status: ExitStatus = error.message.hasSuffix("no such file.") ? .notFound : .failure
            throw ShellError.failed(error.message.replacingOccurrences(of: "Cannot run", with: "Cannot source"), status: status)
        }
        let (script, diagnostics) = analyse(text, origin: resolved)
        guard diagnostics.isEmpty else {
            for diagnostic in diagnostics { errors.line(diagnostic.description) }
            throw ShellError.failed("'\(resolved)' has \(diagnostics.count == 1 ? "an error" : "\(diagnostics.count) errors") "
                                    + "(above), so none of it ran.", status: .usage)
        }
        define(functionsOf: script)
        let (savedArguments, savedDirectory) = (arguments, language.scriptDirectory)
        if let newArguments { arguments = newArguments }
        language.scriptDirectory = LanguageState.directory(of: resolved)
        language.sourceDepth += 1
        defer {
            if newArguments != nil { arguments = savedArguments }
            language.scriptDirectory = savedDirectory
            language.sourceDepth -= 1
        }
        try await execute(script.statements)
    }
}
