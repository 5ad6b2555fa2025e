import Foundation

// Account SYN: a synthetic fleet for fan-out and size benchmarks and tests, only when asked for
// (`--synthetic-servers N`, `--large-execution N`), so the standard data never changes.
extension SimFleet {
    /// The synthetic account's alias.
    public static let syntheticAlias = "SYN"
    /// The server that holds the large execution, and that execution's ID.
    public static let largeServerID = "VA1SYNLARGE"
    public static let largeExecutionID = "SYN-LARGE"

    /// The ID of synthetic server `number` (from 1): `VA1SYN0001`, … `VA1SYN1000`, `VA1SYN10000`.
    public static func syntheticServerID(_ number: Int) -> String {
        "VA1SYN" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
    }

    /// This fleet with account SYN added when either count is above zero: `servers` servers, each with
    /// one completed execution `SYN-n` of two installed patches, and, with `largeExecution` patches,
    /// server VA1SYNLARGE with one execution whose every tenth patch failed.
    public func addingSynthetic(servers: Int, largeExecution: Int) -> SimFleet {
        guard servers > 0 || largeExecution > 0 else { return self }
        var synthetic = (0..<max(0, servers)).map { Self.syntheticServer($0 + 1) }
        if largeExecution > 0 { synthetic.append(Self.largeServer(patches: largeExecution)) }
        return SimFleet(accounts: accounts + [Account(alias: Self.syntheticAlias, servers: synthetic)])
    }

    private static func syntheticServer(_ number: Int) -> Server {
        let id = "SYN-\(number)"
        return Server(id: syntheticServerID(number), executions: [
            Execution(
                id: id,
                summary: summary(id, "completed", "2026-11-02 02:00:00", "2026-11-02 02:20:00", [
                    initMessage("2026-11-02 02:00:04", "2026-11-02 02:02:00", "Invoking SUS API",
                                downloaded([kb(5000001), kb(5000002)])),
                ]),
                detail: detail(id, "completed", "2026-11-02 02:00:00", "2026-11-02 02:20:00", duration: "20m 0s", patches: [
                    patch("2026-11-02 02:03:00", "2026-11-02 02:08:00",
                          "Installing Security Update for Windows Server 2012 R2 (KB5000001)", "Result Code: 2", "completed"),
                    patch("2026-11-02 02:08:10", "2026-11-02 02:15:00",
                          "Installing Update for Windows Server 2012 R2 (KB5000002)", "Result Code: 2", "completed"),
                ])
            ),
        ])
    }

    private static func largeServer(patches count: Int) -> Server {
        let patches: [SimJSON] = (0..<count).map { index in
            let failed = index % 10 == 9
            let minute = String(format: "%02d", index % 60), second = String(format: "%02d", (index / 60) % 60)
            return patch("2026-11-03 01:\(minute):\(second)", "2026-11-03 02:\(minute):\(second)",
                         "Installing Security Update for Windows Server 2012 R2 (KB\(6_000_000 + index))",
                         failed ? "Result Code: 5" : "Result Code: 2", failed ? "failed" : "completed")
        }
        return Server(id: largeServerID, executions: [
            Execution(
                id: largeExecutionID,
                summary: summary(largeExecutionID, "completed", "2026-11-03 01:00:00", "2026-11-03 03:00:00", []),
                detail: detail(largeExecutionID, "completed", "2026-11-03 01:00:00", "2026-11-03 03:00:00",
                               duration: "2h 0m 0s", patches: patches)
            ),
        ])
    }
}
