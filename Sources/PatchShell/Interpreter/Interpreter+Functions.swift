/// User-defined commands: `function NAME … end`, called like any command, with `$1…`, `$#` and `$@`
/// holding the call's arguments.
extension Shell {
    /// Defines the top-level functions of a file before it runs, so a call may come before its definition.
    func define(functionsOf script: Script) {
        for case .function(let definition) in script.statements { language.functions[definition.name] = definition }
    }

    /// Calls a function. It succeeds when its body runs to the end or `return`s 0; `return N` with another
    /// N is a failure with that status (so a function can be a condition: `return 1` is false).
    func call(_ function: FunctionDefinition, arguments callArguments: [String], at location: SourceLocation) async throws {
        guard language.callDepth < LanguageState.maximumCallDepth else {
            throw located(.failed("'\(function.name)' is nested \(LanguageState.maximumCallDepth) calls deep; "
                                  + "does it call itself without end?", status: .failure), location)
        }
        let saved = arguments
        arguments = callArguments
        language.callDepth += 1
        defer {
            arguments = saved
            language.callDepth -= 1
        }
        var status: Int32 = 0
        do {
            try await execute(function.body)
        } catch ControlFlow.returnFromFunction(let returned) {
            status = returned
        }
        lastStatus = status
        guard status == 0 else {
            throw located(.failed("'\(function.name)' returned \(status).", status: ExitStatus(rawValue: status) ?? .failure), location)
        }
    }

    /// `return [N]`: N from 0 to 255, default 0.
    func returnFromFunction(_ word: Word?, at location: SourceLocation) async throws {
        guard let word else { throw ControlFlow.returnFromFunction(0) }
        let text = try await expand(word).joined(separator: " ")
        guard let status = Int32(text), (0...255).contains(status) else {
            throw located(.usage("'return' takes a status from 0 to 255, not '\(text)'."), word.location)
        }
        throw ControlFlow.returnFromFunction(status)
    }
}
