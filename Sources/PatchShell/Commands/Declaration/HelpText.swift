/// Renders `help` from the declarations alone, at a fixed width so it can be compared whole in tests.
enum HelpText {
    static let width = 80

    /// The overview: every command by group with its summary.
    static func overview(_ registry: CommandRegistry) -> String {
        var text = "patchsh — a shell for patching servers on CenturyLink Cloud.\n"
        let nameWidth = (registry.commands.map { $0.spec.name.count }.max() ?? 8) + 2
        for group in CommandSpec.Group.allCases {
            let members = registry.commands.filter { $0.spec.group == group }
            guard !members.isEmpty else { continue }
            text += "\n\(group.rawValue):\n"
            for command in members {
                let name = command.spec.name
                text += "  " + name + String(repeating: " ", count: nameWidth - name.count) + command.spec.summary + "\n"
            }
        }
        text += "\nType 'help COMMAND' (or 'COMMAND --help') for its flags and examples.\n"
        return text
    }

    /// One command's page.
    static func page(_ spec: CommandSpec) -> String {
        var text = "\(spec.name) — \(spec.summary)\n\n" + usageLines(spec) + "\n"
        if !spec.aliases.isEmpty { text += "Also: \(spec.aliases.joined(separator: ", "))\n" }
        let entries = spec.arguments.map { ($0.name, $0.help) }
            + spec.flags.map { flag in ("--" + flag.name + (flag.value.placeholder.map { " " + $0 } ?? ""),
                                        flag.help + (flag.repeatable ? " (repeatable)" : "")) }
        if !entries.isEmpty {
            let column = min(28, (entries.map(\.0.count).max() ?? 0) + 4)
            text += "\n"
            for (name, help) in entries {
                let pad = name.count + 2 < column ? String(repeating: " ", count: column - name.count - 2) : "\n" + String(repeating: " ", count: column)
                text += "  " + name + pad + wrap(help, indent: column) + "\n"
            }
        }
        if let discussion = spec.discussion {
            // Paragraphs (blank-line separated) are wrapped one by one.
            let paragraphs = discussion.components(separatedBy: "\n\n").map { wrap($0, indent: 0) }
            text += "\n" + paragraphs.joined(separator: "\n\n") + "\n"
        }
        if !spec.examples.isEmpty {
            text += "\nExamples:\n" + spec.examples.map { "  " + $0 + "\n" }.joined()
        }
        return text
    }

    /// `Usage: NAME PARTS…`, wrapped between parts at `width` and continued under the first part.
    static func usageLines(_ spec: CommandSpec) -> String {
        let lead = "Usage: \(spec.name)"
        let indent = String(repeating: " ", count: lead.count + 1)
        var lines: [String] = []
        var line = lead
        for part in spec.usageParts {
            if line.count + 1 + part.count > width, line != lead {
                lines.append(line)
                line = indent + part
            } else {
                line += " " + part
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Wraps at `width`, continuing lines at `indent`.
    static func wrap(_ text: String, indent: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, indent + line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
