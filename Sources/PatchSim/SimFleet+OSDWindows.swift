// Account OSD, Windows servers. Bodies follow api/samples/ exactly where a sample exists.
extension SimFleet {
    /// The seed example: lower-case statuses, `2016-03-14 09:00:00` times.
    static let va1osdpatch33 = Server(id: "VA1OSDPATCH33", executions: [
        Execution(
            id: "VA1-132457",
            summary: summary("VA1-132457", "completed", "2016-03-14 09:00:00", "2016-03-14 09:41:27", [
                initMessage("2016-03-14 09:00:04", "2016-03-14 09:02:58", "Invoking SUS API",
                            downloaded([kb(3126587), kb(3123245), kb(3124275)])),
            ]),
            // samples/detail-seed-example.json
            detail: detail("VA1-132457", "completed", "2016-03-14 09:00:00", "2016-03-14 09:41:27",
                           duration: "41m 27s", patches: [
                patch("2016-03-14 09:03:10", "2016-03-14 09:05:55",
                      "Installing Security Update for Windows Server 2012 R2 (KB3126587)", "Result Code: 2", "completed"),
                patch("2016-03-14 09:06:01", "2016-03-14 09:12:48",
                      "Installing Update for Windows Server 2012 R2 (KB3123245)", "Result Code: 5", "failed"),
                patch("2016-03-14 09:12:50", "",
                      "Installing Security Update for Windows Server 2012 R2 (KB3124275)", "", "pending"),
            ])
        ),
        Execution(
            id: "VA1-131020",
            summary: summary("VA1-131020", "completed", "2016-02-09T09:00:02Z", "2016-02-09T09:27:45Z", [
                initMessage("2016-02-09T09:25:01Z", "2016-02-09T09:27:40Z", "Invoking SUS API", noUpdates),
                initMessage("2016-02-09T09:00:05Z", "2016-02-09T09:03:12Z", "Invoking SUS API",
                            downloaded([kb(3122651), kb(3118401)])),
            ]),
            detail: detail("VA1-131020", "completed", "2016-02-09T09:00:02Z", "2016-02-09T09:27:45Z",
                           duration: "27m 43s", patches: [
                patch("2016-02-09T09:12:30Z", "2016-02-09T09:19:02Z",
                      "Installing Security Update for Windows Server 2012 R2 (KB3122651)", "Result Code: 2", "completed"),
                patch("2016-02-09T09:03:20Z", "2016-02-09T09:12:25Z",
                      "Installing Update for Universal C Runtime in Windows (KB3118401)", "Result Code: 2", "completed"),
            ])
        ),
    ])

    /// The documented example: upper-case statuses, ISO times with `Z`, patches newest first.
    static let ca3osdwin01 = Server(id: "CA3OSDWIN01", executions: [
        Execution(
            id: "CA3-104857",
            // samples/summary-completed.json, first element
            summary: summary("CA3-104857", "COMPLETED", "2016-04-05T04:14:10Z", "2016-04-05T04:34:14Z", [
                initMessage("2016-04-05T04:31:51Z", "2016-04-05T04:34:12Z", "Invoking SUS API", noUpdates),
                initMessage("2016-04-05T04:25:15Z", "2016-04-05T04:28:11Z", "Invoking SUS API",
                            downloaded([kb(3127231), kb(3122660), kb(3098785), kb(3135998)])),
            ]),
            // samples/detail-completed.json
            detail: detail("CA3-104857", "COMPLETED", "2016-04-05T04:14:10Z", "2016-04-05T04:34:14Z",
                           duration: "20m 4s", patches: [
                patch("2016-04-05T04:28:26Z", "2016-04-05T04:28:26Z",
                      "Installing Security Update for Microsoft .NET Framework 4.6 and 4.6.1 for Windows 8.1 and Server 2012 R2 for x64 (KB3135998)",
                      "Result Code: 2", "COMPLETED"),
                patch("2016-04-05T04:22:40Z", "2016-04-05T04:24:02Z",
                      "Installing Cumulative Security Update for Internet Explorer 11 for Windows Server 2012 R2 (KB3139929)",
                      "Result Code: 4", "FAILED"),
                patch("2016-04-05T04:16:32Z", "2016-04-05T04:16:32Z",
                      "Installing Update for Windows Server 2012 R2 (KB3084905)", "Result Code: 2", "COMPLETED"),
            ])
        ),
        Execution(
            id: "CA3-103311",
            // samples/summary-completed.json, second element, with the documented misspelt key
            summary: summary("CA3-103311", "completed", "2016-03-01T02:00:03Z", "2016-03-01T02:09:40Z", [
                initMessage("2016-03-01T02:00:05Z", "2016-03-01T02:09:38Z", "Invoking yum check-update",
                            noUpdates, endKey: "init_end_mesasge"),
            ]),
            detail: detail("CA3-103311", "completed", "2016-03-01T02:00:03Z", "2016-03-01T02:09:40Z",
                           duration: "9m 37s", patches: [])
        ),
    ])
}
