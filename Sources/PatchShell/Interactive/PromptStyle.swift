/// Colours the prompt unless `NO_COLOR` is set or the terminal is dumb. Colour sequences are wrapped in
/// `\u{1}` markers so libedit does not count them in the prompt's width.
struct PromptStyle {
    let colour: Bool

    init(environment: [String: String]) {
        let term = environment["TERM"] ?? ""
        colour = environment["NO_COLOR"].map(\.isEmpty) ?? true && term != "dumb" && !term.isEmpty
    }

    /// `patchsh OSD/VA1OSDPATCH33 VA1-132457> `, the context in colour.
    func render(alias: String?, server: String?, execution: String?) -> String {
        var context = alias ?? ""
        if let server { context += "/" + server }
        var text = "patchsh"
        if !context.isEmpty { text += " " + paint(context, "1;36") }
        if let execution { text += " " + paint(execution, "33") }
        return text + "> "
    }

    /// The continuation prompt, as wide as the main one's visible text.
    func continuation(width: Int) -> String {
        String(repeating: " ", count: max(0, width - 4)) + paint("..", "2") + "> "
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1}\u{1B}[\(code)m\u{1}" + text + "\u{1}\u{1B}[0m\u{1}" : text
    }
}
