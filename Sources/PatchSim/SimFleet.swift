/// The deterministic accounts, servers and executions the emulator serves.
///
/// The data lives in `SimFleet+*.swift`, one file per group of servers, written as literal
/// JSON following `api/samples/`. It is deliberately untidy the way the real wire is: key
/// case, time formats and status case vary from server to server.
public struct SimFleet: Sendable {
    /// One patch execution: the entry the summary lists and the body the detail returns.
    public struct Execution: Sendable {
        /// The execution ID as stored, e.g. `VA1-132457`.
        public var id: String
        /// This execution's element of the summary array.
        public var summary: SimJSON
        /// The detail body.
        public var detail: SimJSON

        /// Creates an execution.
        public init(id: String, summary: SimJSON, detail: SimJSON) {
            self.id = id
            self.summary = summary
            self.detail = detail
        }
    }

    /// One server and its executions, newest first (the order the summary returns).
    public struct Server: Sendable {
        /// The server ID as stored, e.g. `VA1OSDPATCH33`.
        public var id: String
        /// The executions, newest first.
        public var executions: [Execution]

        /// Creates a server.
        public init(id: String, executions: [Execution]) {
            self.id = id
            self.executions = executions
        }

        /// The execution with this ID, compared case-insensitively.
        public func execution(_ id: String) -> Execution? {
            executions.first { $0.id.uppercased() == id.uppercased() }
        }

        /// The summary body: every execution's summary entry, newest first.
        public var summary: SimJSON { .array(executions.map(\.summary)) }
    }

    /// One account alias and its servers.
    public struct Account: Sendable {
        /// The alias as stored, e.g. `OSD`.
        public var alias: String
        /// The servers of the account.
        public var servers: [Server]

        /// Creates an account.
        public init(alias: String, servers: [Server]) {
            self.alias = alias
            self.servers = servers
        }
    }

    /// Every account.
    public var accounts: [Account]

    /// Creates a fleet.
    public init(accounts: [Account]) {
        self.accounts = accounts
    }

    /// The server `serverID` of account `alias`, both compared case-insensitively.
    public func server(alias: String, id serverID: String) -> Server? {
        accounts.first { $0.alias.uppercased() == alias.uppercased() }?
            .servers.first { $0.id.uppercased() == serverID.uppercased() }
    }

    /// The fleet every emulator serves unless told otherwise.
    public static let standard = SimFleet(accounts: [
        Account(alias: "OSD", servers: [va1osdpatch33, ca3osdwin01, va1osdrhel01, va1osdrhel02, va1osdedge01, va1osdclean01]),
        Account(alias: "ALIAS", servers: [wa1aliasserv0101]),
    ])
}

// Builders for the common lower-case snake_case shape; keys in the samples' order.
extension SimFleet {
    static func summary(
        _ id: String, _ status: String, _ start: String, _ end: String, _ initMessages: [SimJSON]
    ) -> SimJSON {
        [
            "execution_id": .string(id),
            "status": .string(status),
            "start_time": .string(start),
            "end_time": .string(end),
            "init_messages": .array(initMessages),
        ]
    }

    /// `endKey` exists because the documented table spells it `init_end_mesasge` (sic) and the
    /// emulator must send that too.
    static func initMessage(
        _ start: String, _ end: String, _ begin: String, _ endMessage: String, endKey: String = "init_end_message"
    ) -> SimJSON {
        .object([
            .init("start_time", .string(start)),
            .init("end_time", .string(end)),
            .init("init_begin_message", .string(begin)),
            .init(endKey, .string(endMessage)),
        ])
    }

    static func detail(
        _ id: String, _ status: String, _ start: String, _ end: String, duration: String,
        endMessage: String = "Updating Complete", patches: [SimJSON]
    ) -> SimJSON {
        [
            "execution_id": .string(id),
            "status": .string(status),
            "start_time": .string(start),
            "end_time": .string(end),
            "duration": .string(duration),
            "begin_message": "Update Process BEGIN",
            "end_message": .string(endMessage),
            "patches": .array(patches),
        ]
    }

    static func patch(_ start: String, _ end: String, _ begin: String, _ result: String, _ status: String) -> SimJSON {
        [
            "start_time": .string(start),
            "end_time": .string(end),
            "patch_begin_message": .string(begin),
            "patch_end_message": .string(result),
            "status": .string(status),
        ]
    }

    /// The `init_end_message` listing what was downloaded, as the platform formats it.
    static func downloaded(_ items: [String]) -> String {
        "Updates Downloaded Successfully downloaded \(items.count) updates to install##\(items.joined(separator: " "))##"
    }

    static func kb(_ number: Int) -> String { "https://support.microsoft.com/en-us/kb/\(number)" }

    static let noUpdates = "Update Process Complete. There are 0 updates to install"
}
