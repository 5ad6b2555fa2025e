/// `on-error continue|stop`: whether a failing command stops the script or is reported and passed over.
enum OnErrorCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "on-error", group: .shell, summary: "stop at a failing command, or report it and go on",
        arguments: [ArgumentSpec("POLICY", help: "'stop' (the default) or 'continue'")],
        examples: ["on-error continue", "on-error stop"],
        discussion: "Under 'continue' each failure is reported with its position, $? holds its status, and the script "
            + "goes on with the next statement; the script then exits with the first failure's status unless it "
            + "calls 'exit'. Inside 'try' the first failure always goes to 'catch'.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let word = call.argument(0) ?? ""
        guard let policy = LanguageState.OnError(rawValue: word.lowercased()) else {
            let hint = NameSuggestion.nearest(to: word, in: ["continue", "stop"]).map { " Did you mean '\($0)'?" } ?? ""
            throw ShellError.usage("'on-error' takes 'continue' or 'stop', not '\(word)'.\(hint)")
        }
        shell.language.onError = policy
    }
}
