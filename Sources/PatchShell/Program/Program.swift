import Foundation
import PatchKit
#if canImport(Glibc)
import Glibc
#endif

/// The whole `patchsh` process, apart from what only the executable can supply (libedit, the
/// in-process emulator), so that tests can drive it.
@MainActor
public struct Program {
    /// Starts the demo emulator and returns its base URL.
    public typealias DemoStarter = @MainActor () throws -> String
    /// Makes the line reader for the prompt; nil when there is no terminal to edit on.
    public typealias ReaderFactory = @MainActor () -> (any LineReader)?

    let environment: [String: String]
    let startDemo: DemoStarter
    let makeReader: ReaderFactory

    /// A program with its environment and the executable's hooks.
    public init(environment: [String: String], startDemo: @escaping DemoStarter, makeReader: @escaping ReaderFactory) {
        self.environment = environment
        self.startDemo = startDemo
        self.makeReader = makeReader
    }

    /// Runs with `argv` (without the program name) and returns the exit status.
    public func run(_ argv: [String]) async -> Int32 {
        let errors = TextSink.standardError()
        do {
            return try await runChecked(argv)
        } catch {
            errors.line("patchsh: " + error.message)
            return error.status.rawValue
        }
    }

    private func runChecked(_ argv: [String]) async throws(ShellError) -> Int32 {
        let options = try ProgramOptions.parse(argv)
        let output = TextSink.standardOutput()
        switch options.mode {
        case .help:
            output.write(ProgramOptions.helpText)
            return 0
        case .version:
            output.line("patchsh \(PatchshVersion.current)")
            return 0
        default:
            break
        }
        let stdinIsTerminal = isatty(STDIN_FILENO) == 1
        var endpoints: Endpoints
        do {
            let insecure = options.insecureHTTP
            endpoints = try Endpoints.fromEnvironment(environment, allowInsecureHTTP: insecure)
            if let api = options.apiURL { endpoints.api = try Endpoints.normalise(api, allowInsecureHTTP: insecure) }
            if let patching = options.patchingURL {
                endpoints.patching = try Endpoints.normalise(patching, allowInsecureHTTP: insecure)
            }
        } catch {
            throw .api(error)
        }
        var stateDirectory = SessionStore.defaultDirectory(environment: environment)
        if options.demo {
            let url: String
            do {
                url = try startDemo()
            } catch {
                throw .failed("The demo emulator could not start: \(error)", status: .failure)
            }
            endpoints = Endpoints(api: url, patching: url)
            // The demo never touches the real session.
            stateDirectory = stateDirectory.map { $0 + "/demo" }
            TextSink.standardError().line("Demo mode: patchsim is serving at \(url). Log in with 'login demo' (password demo).")
        }
        let readsScriptFromStandardInput = options.mode == .interactive && !stdinIsTerminal
        for url in endpoints.insecureURLs {
            TextSink.standardError().line("warning: \(url) is plain http (--insecure-http): the password and token cross the network unencrypted.")
        }
        var configuration = Shell.Configuration(
            endpoints: endpoints, store: stateDirectory.map(SessionStore.init(directory:)), environment: environment,
            interactive: stdinIsTerminal, standardInputIsScript: readsScriptFromStandardInput, timeout: options.timeout)
        configuration.connectTimeout = min(options.connectTimeout ?? 10, options.timeout)
        configuration.retry = RetryPolicy(maxAttempts: options.retries + 1)
        configuration.allowsInsecureHTTP = options.insecureHTTP
        let shell = Shell(configuration: configuration, output: output)
        let startup = StartupScript(environment: environment)
        if options.startupScript == true, options.mode != .interactive || readsScriptFromStandardInput {
            await startup.run(in: shell)
        }
        switch options.mode {
        case .commands(let source):
            shell.setArguments(options.arguments, scriptName: "patchsh")
            return await shell.run(source: source, origin: "-c", policy: .script).status
        case .script(let path):
            let source = try ScriptFile.read(path)
            shell.setArguments(options.arguments, scriptName: path)
            shell.language.scriptDirectory = LanguageState.directory(of: path)
            return await shell.run(source: source, origin: path, policy: .script).status
        default:
            if readsScriptFromStandardInput {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                return await shell.run(source: String(decoding: data, as: UTF8.self), origin: "<stdin>", policy: .script).status
            }
            guard let reader = makeReader() else {
                throw .failed("The line editor could not start on this terminal.", status: .failure)
            }
            if let directory = configuration.store?.directory {
                shell.interactive.history = HistoryStore(directory: directory, limit: HistoryStore.limit(from: environment))
            }
            output.line("patchsh \(PatchshVersion.current) — type 'help' for the commands, Ctrl-D to leave.")
            if options.startupScript != false { await startup.run(in: shell) }
            return await InteractiveLoop(shell: shell, reader: reader).run()
        }
    }
}

/// Reads a script file, with a message that names it when it cannot.
enum ScriptFile {
    static func read(_ path: String) throws(ShellError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .usage("Cannot run '\(path)': no such file.")
        }
        guard !isDirectory.boolValue else { throw .usage("Cannot run '\(path)': it is a folder.") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage("Cannot run '\(path)': it cannot be read (permissions?).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("Cannot run '\(path)': it is not UTF-8 text.")
        }
        return text
    }
}
