/// The one list of commands. A test fails if a command file is missing here or two names collide.
public struct CommandRegistry: Sendable {
    public let commands: [any ShellCommand.Type]
    private let byName: [String: any ShellCommand.Type]

    /// A registry of the given commands; the first declaration of a name wins.
    public init(_ commands: [any ShellCommand.Type]) {
        self.commands = commands
        var byName: [String: any ShellCommand.Type] = [:]
        for command in commands {
            for name in [command.spec.name] + command.spec.aliases where byName[name] == nil { byName[name] = command }
        }
        self.byName = byName
    }

    /// Every command patchsh has.
    public static let standard = CommandRegistry([
        // Session: who you are and where you are looking.
        LoginCommand.self, LogoutCommand.self, WhoamiCommand.self, UseCommand.self, EndpointCommand.self, TimeoutCommand.self,
        // Patching data.
        ExecutionsCommand.self, ExecutionCommand.self, PatchesCommand.self, ReportCommand.self,
        // Changing servers.
        ApplyCommand.self, WaitCommand.self,
        // The shell's own.
        HelpCommand.self, FormatCommand.self, EchoCommand.self, SetCommand.self, UnsetCommand.self, ExitCommand.self,
        HistoryCommand.self, ShiftCommand.self, VersionCommand.self, TrueCommand.self, FalseCommand.self, TraceCommand.self,
        // The language's own commands.
        OnErrorCommand.self, SourceCommand.self, SleepCommand.self, LinesCommand.self, MathCommand.self,
    ])

    /// The command named `name` (or one of its aliases).
    public func command(named name: String) -> (any ShellCommand.Type)? { byName[name] }

    /// Every name and alias, sorted.
    public var allNames: [String] { byName.keys.sorted() }

    /// The nearest name to a misspelt one.
    public func suggestion(for name: String) -> String? {
        NameSuggestion.nearest(to: name, in: commands.map { $0.spec.name })
    }
}
