import Foundation

/// `lines FILE`: prints a list file's entries, one per line, so `for s in $(lines servers.txt)` loops over them.
enum LinesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "lines", group: .shell, summary: "print the lines of a list file",
        arguments: [ArgumentSpec("FILE", help: "a text file (relative to the working directory)", completion: .file)],
        flags: [FlagSpec("all", help: "keep blank lines, '#' comment lines and surrounding spaces")],
        examples: ["lines servers.txt"],
        discussion: "Each line is trimmed; blank lines and lines starting with '#' are skipped unless --all is given. "
            + "CRLF line endings and a UTF-8 byte-order mark are accepted.")

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        let path = call.argument(0) ?? ""
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShellError.failed("Cannot read '\(path)': no such file.", status: .notFound)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ShellError.io("Cannot read '\(path)': \(isDirectory.boolValue ? "it is a folder" : "permission denied").")
        }
        guard var text = String(data: data, encoding: .utf8) else { throw ShellError.io("Cannot read '\(path)': it is not UTF-8 text.") }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let keepAll = call.has("all")
        // "\r\n" is one Character in Swift, so both endings are matched as separators.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for raw in lines.dropLast(text.last == "\n" || text.last == "\r\n" ? 1 : 0) {
            let line = String(raw)
            if keepAll {
                shell.output.line(line)
                continue
            }
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            shell.output.line(entry)
        }
    }
}
