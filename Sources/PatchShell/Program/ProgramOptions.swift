import PatchKit

/// The command line of `patchsh`, parsed.
public struct ProgramOptions: Sendable, Equatable {
    /// What the process was asked to do.
    public enum Mode: Sendable, Equatable {
        /// The prompt (or commands from standard input when it is not a terminal).
        case interactive
        /// `-c 'commands'`.
        case commands(String)
        /// `patchsh FILE [ARGS…]`.
        case script(path: String)
        case help
        case version
    }

    public var mode: Mode = .interactive
    public var arguments: [String] = []
    public var apiURL: String?
    public var patchingURL: String?
    public var demo = false
    public var timeout: Double = 30
    /// `--rc` (true) or `--no-rc` (false); by default the start-up script runs only before the prompt.
    public var startupScript: Bool?
    /// `--connect-timeout`; nil = the smaller of 10 s and `timeout`.
    public var connectTimeout: Double?
    /// `--retries N`: how many times a failed GET is repeated (attempts = N + 1).
    public var retries = 3
    public var insecureHTTP = false

    /// Parses `argv` without the program name. Options stop at the script path: what follows is `$1…`.
    public static func parse(_ argv: [String]) throws(ShellError) -> ProgramOptions {
        var options = ProgramOptions()
        var index = 0
        func value(_ flag: String) throws(ShellError) -> String {
            guard index < argv.count else { throw .usage("'\(flag)' needs a value. Try 'patchsh --help'.") }
            defer { index += 1 }
            return argv[index]
        }
        while index < argv.count {
            let word = argv[index]
            index += 1
            switch word {
            case "-h", "--help": options.mode = .help
            case "-V", "--version": options.mode = .version
            case "--demo": options.demo = true
            case "--rc": options.startupScript = true
            case "--no-rc": options.startupScript = false
            case "-c", "--command":
                options.mode = .commands(try value(word))
                options.arguments = Array(argv[index...])
                return options
            case "--api-url": options.apiURL = try value(word)
            case "--patching-url": options.patchingURL = try value(word)
            case "--timeout": options.timeout = try seconds(word, try value(word))
            case "--connect-timeout": options.connectTimeout = try seconds(word, try value(word))
            case "--retries":
                let text = try value(word)
                guard let count = Int(text), (0...10).contains(count) else {
                    throw .usage("'--retries' takes a whole number from 0 to 10, not '\(text)'.")
                }
                options.retries = count
            case "--insecure-http": options.insecureHTTP = true
            case "--":
                if index < argv.count {
                    options.mode = .script(path: argv[index])
                    options.arguments = Array(argv[(index + 1)...])
                }
                return options
            default:
                if word.hasPrefix("-") && word != "-" {
                    let known = ["--help", "--version", "--demo", "--command", "--api-url", "--patching-url", "--timeout",
                                 "--connect-timeout", "--retries", "--insecure-http", "--rc", "--no-rc"]
                    let hint = NameSuggestion.nearest(to: word, in: known).map { " Did you mean '\($0)'?" } ?? ""
                    throw .usage("Unknown option '\(word)'.\(hint) Try 'patchsh --help'.")
                }
                options.mode = .script(path: word)
                options.arguments = Array(argv[index...])
                return options
            }
        }
        return options
    }

    private static func seconds(_ flag: String, _ text: String) throws(ShellError) -> Double {
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            throw .usage("'\(flag)' takes a number of seconds, not '\(text)'.")
        }
        return seconds
    }

    /// `patchsh --help`.
    public static let helpText = """
        patchsh — a shell and script runner for patching servers on CenturyLink Cloud.

        Usage:
          patchsh [OPTIONS]                    interactive shell (commands from standard input if it is not a terminal)
          patchsh [OPTIONS] FILE [ARGS…]       run a .patchsh script; ARGS are $1, $2, …
          patchsh [OPTIONS] -c 'COMMANDS' [ARGS…]
                                               run commands given on the command line

        Options:
          --demo                 run against a built-in emulator (log in as demo / demo)
          --api-url URL          the v2 API (default https://api.ctl.io; env PATCHSH_API_URL)
          --patching-url URL     the patching service (default https://patching.useast.appfog.ctl.io;
                                 env PATCHSH_PATCHING_URL)
          --timeout SECONDS      the longest one request may take (default 30)
          --connect-timeout SECONDS
                                 the longest to wait for a connection or for the next part of an
                                 answer (default 10, never more than --timeout)
          --retries N            repeat a failed GET up to N times (default 3; 0 = never), on
                                 connection failures and HTTP 429, 502, 503, 504, with back-off
          --insecure-http        allow plain http to hosts other than 127.0.0.1, ::1 and localhost
          --rc                   run the start-up script before a script or -c too
          --no-rc                do not run the start-up script before the prompt
          -h, --help             this text
          -V, --version          the version

        Environment: CLC_USER and CLC_PASSWORD log in without asking. The session is kept in
        $XDG_STATE_HOME/patchsh (default ~/.local/state/patchsh). The start-up script is
        $XDG_CONFIG_HOME/patchsh/patchshrc (default ~/.config/patchsh/patchshrc).

        Exit status: 0 success, 1 a command failed, 2 usage or syntax error, 3 authentication,
        4 not found, 5 network error, 6 server error, 130 interrupted.

        Type 'help' inside patchsh for its commands.

        """
}
