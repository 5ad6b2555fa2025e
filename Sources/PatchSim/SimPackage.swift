/// The software packages Execute Package accepts, and the updates an applied execution installs.
///
/// Deterministic on purpose: every Windows run installs the same three KBs and every RHEL run the
/// same three packages, so tests know what to expect; which of them fail is `SimFailingUpdate`'s rule.
public struct SimPackage: Sendable, Equatable {
    /// The package ID as the API knows it.
    public var id: String
    /// True for the RHEL/CentOS packages (yum, package names), false for Windows (SUS, KBs).
    public var isLinux: Bool
    /// The `patch_begin_message` of each update, in install order.
    public var updates: [String]

    /// Windows 2012 / 2012 R2 (API documentation).
    public static let windows = SimPackage(id: "b229535c-a313-4a31-baf8-6aa71ff4b9ed", isLinux: false, updates: [
        "Installing Security Update for Windows Server 2012 R2 (KB4012212)",
        "Installing Security Monthly Quality Rollup for Windows Server 2012 R2 (KB4012215)",
        "Installing Cumulative Security Update for Internet Explorer 11 for Windows Server 2012 R2 (KB4013429)",
    ])

    /// RHEL/CentOS as the API documentation and the vendor CLI name it.
    public static let rhel = SimPackage(id: "c3c6642e-24e1-4c37-b56a-1cf1476ee360", isLinux: true, updates: rhelUpdates)

    /// RHEL/CentOS as the knowledge-base article names it: the sources disagree, so both are accepted.
    public static let rhelKnowledgeBase = SimPackage(id: "5d743f04-a9ce-4174-a7c8-52df93c47c08", isLinux: true,
                                                     updates: rhelUpdates)

    private static let rhelUpdates = [
        "Installing openssl-1.0.1e-60.el6_8.x86_64",
        "Installing bash-4.1.2-48.el6.x86_64",
        "Installing tzdata-2017b-1.el6.noarch",
    ]

    /// Every package the emulator knows.
    public static let known = [windows, rhel, rhelKnowledgeBase]

    /// The package with this ID, compared case-insensitively.
    public static func named(_ id: String) -> SimPackage? {
        known.first { $0.id.lowercased() == id.lowercased() }
    }
}

/// Which update fails on which servers when patches are applied: `server` is an ID (any case) or
/// `*` for every server; `update` is found anywhere in the update's text (a KB or a package name).
public struct SimFailingUpdate: Sendable, Equatable {
    /// A server ID, or `*`.
    public var server: String
    /// A KB number or package name, e.g. `KB4012215` or `bash`.
    public var update: String

    /// A rule.
    public init(server: String, update: String) {
        self.server = server
        self.update = update
    }

    /// Parses `SERVER:UPDATE` (the `--fail-update` flag).
    public init(flag: String) throws(SimError) {
        let parts = flag.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .invalidValue(flag: "--fail-update", value: flag, reason: "expected SERVER:UPDATE, e.g. CA3OSDWIN01:KB4012215")
        }
        self.init(server: parts[0], update: parts[1])
    }

    /// The demo's rule: one KB fails on the knowledge-base example server.
    public static let standard = [SimFailingUpdate(server: "CA3OSDWIN01", update: "KB4012215")]

    /// Whether this rule makes `update` fail on `serverID`.
    func fails(_ update: String, on serverID: String) -> Bool {
        (server == "*" || server.uppercased() == serverID.uppercased())
            && update.uppercased().contains(self.update.uppercased())
    }
}
