import Foundation

/// `$XDG_CONFIG_HOME/patchsh/patchshrc` (default `~/.config/patchsh/patchshrc`), run before the prompt as
/// psql runs `.psqlrc`; before a script only with `--rc`. Its errors are reported with their position and
/// the shell carries on; `exit` in it ends only the start-up script.
struct StartupScript {
    let path: String?

    init(environment: [String: String]) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            path = config + "/patchsh/patchshrc"
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.config/patchsh/patchshrc"
        } else {
            path = nil
        }
    }

    @MainActor func run(in shell: Shell) async {
        guard let path, FileManager.default.fileExists(atPath: path) else { return }
        let source: String
        do {
            source = try ScriptFile.read(path)
        } catch {
            shell.errors.line("patchsh: " + error.message.replacingOccurrences(of: "Cannot run", with: "Cannot run the start-up script"))
            return
        }
        let saved = shell.language.scriptDirectory
        shell.language.scriptDirectory = LanguageState.directory(of: path)
        _ = await shell.run(source: source, origin: path, policy: .script)
        shell.language.scriptDirectory = saved
        shell.language.onError = .stop
        shell.lastStatus = 0
    }
}
