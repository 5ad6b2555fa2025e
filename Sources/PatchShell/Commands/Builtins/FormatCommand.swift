/// `format [NAME|auto] [--time auto|local|utc]`: the session's default output format and time zone.
enum FormatCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "format", group: .shell, summary: "set the default output format and time zone",
        arguments: [ArgumentSpec("NAME", help: "table, plain, json, ndjson or csv; 'auto' for table on a terminal and plain elsewhere",
                                 optional: true)],
        flags: [FlagSpec("time", help: "times for people in the local zone (TZ), in UTC, or 'auto': local on a terminal, UTC elsewhere",
                         value: .choice(OutputPreferences.TimeChoice.allCases.map(\.rawValue)))],
        examples: ["format", "format json", "format auto --time utc"],
        discussion: "A data command's own --format wins over this default. Machine formats (json, ndjson, csv) "
            + "always give times in ISO 8601 UTC; --time changes what table and plain show. The setting lasts "
            + "for the session (put it in patchshrc to keep it).")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        if let name = call.argument(0)?.lowercased() {
            if name == "auto" {
                shell.defaultFormat = nil
            } else if let format = OutputFormat(rawValue: name) {
                shell.defaultFormat = format
            } else {
                let choices = OutputFormat.names + ["auto"]
                let hint = NameSuggestion.nearest(to: name, in: choices).map { " Did you mean '\($0)'?" } ?? ""
                throw ShellError.usage("'\(name)' is not a format (one of: \(choices.joined(separator: ", "))).\(hint)")
            }
        }
        if let time = call.value("time").flatMap(OutputPreferences.TimeChoice.init(rawValue:)) {
            shell.outputPreferences.time = time
        }
        // Setting is quiet, so a script's `format json` does not add text to its JSON output.
        guard call.arguments.isEmpty, !call.has("time") else { return }
        let format = shell.defaultFormat?.rawValue ?? "auto (table on a terminal, plain elsewhere)"
        let zone: String
        switch shell.outputPreferences.time {
        case .auto: zone = "auto (local on a terminal, UTC elsewhere; local is \(TimeDisplay.local.name))"
        case .local: zone = "local (\(TimeDisplay.local.name))"
        case .utc: zone = "utc"
        }
        shell.output.line("format  \(format)\ntime    \(zone)")
    }
}
