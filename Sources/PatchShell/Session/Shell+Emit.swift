import Foundation

// How data commands print: the format, time zone, colour and width resolved once, in one place.
extension Shell {
    /// The format asked for, or the session's, or the sink's default; times, colour and width to match.
    func renderContext(for call: CommandCall, format chosen: OutputFormat? = nil) throws(ShellError) -> RenderContext {
        let format = chosen ?? call.value("format").flatMap(OutputFormat.init(rawValue:))
            ?? defaultFormat ?? (output.isTerminal ? .table : .plain)
        var context = RenderContext(format: format, times: timeDisplay(for: format))
        let environment = configuration.environment
        context.colour = format == .table && output.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
            && environment["TERM"] != "dumb"
        context.width = output.isTerminal && format == .table ? TerminalWidth.columns() : nil
        if let text = call.value("fields") {
            let keys = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !keys.isEmpty else { throw .usage("'--fields' needs field names, e.g. '--fields kb,status'.") }
            context.fields = keys
        }
        context.sortKey = call.value("sort")
        context.reverse = call.has("reverse")
        return context
    }

    /// The zone people see: UTC in machine formats; else the `format --time` choice, local on a terminal.
    func timeDisplay(for format: OutputFormat) -> TimeDisplay {
        if format.isMachine { return .utc }
        switch outputPreferences.time {
        case .utc: return .utc
        case .local: return .local
        case .auto: return output.isTerminal ? .local : .utc
        }
    }

    /// Prints a data command's listing as the call and the session ask.
    func emit(_ listing: Listing, call: CommandCall) throws(ShellError) {
        output.write(try ListingRenderer.render(listing, try renderContext(for: call), command: call.spec.name))
    }
}
