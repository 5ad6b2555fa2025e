// Account OSD, RHEL servers: package names instead of KB numbers, Windows result codes all the same.
extension SimFleet {
    /// A finished run whose patches cover every result: succeeded, succeeded with errors (3),
    /// failed (4), and a status/result disagreement (`completed` with `Result Code: 4`).
    static let va1osdrhel01 = Server(id: "VA1OSDRHEL01", executions: [
        Execution(
            id: "VA1-133001",
            summary: summary("VA1-133001", "completed", "2016-04-12T03:00:00Z", "2016-04-12T03:18:45Z", [
                initMessage("2016-04-12T03:00:02Z", "2016-04-12T03:02:05Z", "Invoking yum check-update",
                            downloaded(rhel01Packages)),
            ]),
            detail: detail("VA1-133001", "completed", "2016-04-12T03:00:00Z", "2016-04-12T03:18:45Z",
                           duration: "18m 45s", patches: [
                patch("2016-04-12T03:02:10Z", "2016-04-12T03:03:05Z",
                      "Installing openssl-1.0.1e-57.el6.x86_64", "Result Code: 2", "completed"),
                patch("2016-04-12T03:03:06Z", "2016-04-12T03:04:40Z",
                      "Installing bash-4.1.2-48.el6.x86_64", "Result Code: 3", "completed"),
                patch("2016-04-12T03:04:41Z", "2016-04-12T03:09:12Z",
                      "Installing glibc-2.12-1.192.el6.x86_64", "Result Code: 4", "failed"),
                // Deliberate: the platform can say completed while the code says failed.
                patch("2016-04-12T03:09:13Z", "2016-04-12T03:11:02Z",
                      "Installing openssh-5.3p1-118.1.el6_8.x86_64", "Result Code: 4", "completed"),
                patch("2016-04-12T03:11:03Z", "2016-04-12T03:11:30Z",
                      "Installing tzdata-2016d-1.el6.noarch", "Result Code: 2", "completed"),
            ])
        ),
    ])

    static let rhel01Packages = [
        "openssl-1.0.1e-57.el6.x86_64", "bash-4.1.2-48.el6.x86_64", "glibc-2.12-1.192.el6.x86_64",
        "openssh-5.3p1-118.1.el6_8.x86_64", "tzdata-2016d-1.el6.noarch",
    ]

    /// A run still in progress (empty end times, pending patches) above an older run whose
    /// times carry a UTC offset.
    static let va1osdrhel02 = Server(id: "VA1OSDRHEL02", executions: [
        Execution(
            id: "VA1-133050",
            summary: summary("VA1-133050", "RUNNING", "2016-05-10 02:00:00", "", [
                initMessage("2016-05-10 02:00:03", "2016-05-10 02:01:47", "Invoking yum check-update",
                            downloaded(rhel02Packages)),
            ]),
            detail: detail("VA1-133050", "running", "2016-05-10 02:00:00", "", duration: "", endMessage: "",
                           patches: [
                patch("2016-05-10 02:01:50", "2016-05-10 02:02:31",
                      "Installing curl-7.19.7-52.el6.x86_64", "Result Code: 2", "completed"),
                patch("2016-05-10 02:02:32", "2016-05-10 02:03:05",
                      "Installing libcurl-7.19.7-52.el6.x86_64", "Result Code: 2", "completed"),
                patch("2016-05-10 02:03:06", "", "Installing python-2.6.6-66.el6_8.x86_64", "", "pending"),
                patch("", "", "Installing sudo-1.8.6p3-25.el6_8.x86_64", "", "pending"),
            ])
        ),
        Execution(
            id: "VA1-132101",
            summary: summary("VA1-132101", "COMPLETED", "2016-04-26T22:00:01-04:00", "2016-04-26T22:06:40-04:00", [
                initMessage("2016-04-26T22:00:04-04:00", "2016-04-26T22:06:37-04:00", "Invoking yum check-update",
                            noUpdates),
            ]),
            detail: detail("VA1-132101", "COMPLETED", "2016-04-26T22:00:01-04:00", "2016-04-26T22:06:40-04:00",
                           duration: "6m 39s", patches: [])
        ),
    ])

    static let rhel02Packages = [
        "curl-7.19.7-52.el6.x86_64", "libcurl-7.19.7-52.el6.x86_64", "python-2.6.6-66.el6_8.x86_64",
        "sudo-1.8.6p3-25.el6_8.x86_64",
    ]
}
