// Account OSD, a server whose patch texts are hostile to naive output: commas, quotes, a newline,
// non-ASCII, and terminal escape sequences (an OSC title change and a screen clear) inside the data.
extension SimFleet {
    /// Text that must reach JSON and CSV exactly and a terminal only stripped.
    public static let edgeAwkwardTitle = "Update for \"Contoso, Ltd.\" agent — naïve café ✓\nsecond line (KB5000001)"
    /// A message carrying `ESC ]0;…BEL` (window title) and `ESC [2J` (clear screen).
    public static let edgeEscapeTitle = "Security Update \u{1B}]0;owned\u{07}\u{1B}[2J for Windows Server 2016 (KB5000002)"

    /// One finished run: an awkward-text success, a failure carrying escapes, an unknown result code,
    /// a code-3 warning and a patch still in progress.
    static let va1osdedge01 = Server(id: "VA1OSDEDGE01", executions: [
        Execution(
            id: "VA1-140001",
            summary: summary("VA1-140001", "completed", "2016-06-01T01:00:00Z", "2016-06-01T01:30:10Z", [
                initMessage("2016-06-01T01:00:03Z", "2016-06-01T01:02:00Z", "Invoking SUS API",
                            downloaded([kb(5000001), kb(5000002), kb(5000003)])),
                initMessage("2016-06-01T01:20:00Z", "2016-06-01T01:21:30Z", "Invoking SUS API",
                            downloaded([kb(5000004), kb(5000005)])),
            ]),
            detail: detail("VA1-140001", "completed", "2016-06-01T01:00:00Z", "2016-06-01T01:30:10Z",
                           duration: "30m 10s", patches: [
                patch("2016-06-01T01:02:10Z", "2016-06-01T01:04:00Z", "Installing " + edgeAwkwardTitle,
                      "Result Code: 2", "completed"),
                patch("2016-06-01T01:04:05Z", "2016-06-01T01:09:45Z", "Installing " + edgeEscapeTitle,
                      "Result Code: 4 \u{1B}[31mERROR\u{1B}[0m", "failed"),
                patch("2016-06-01T01:09:50Z", "2016-06-01T01:12:00Z",
                      "Installing Servicing Stack Update for Windows Server 2016 (KB5000003)", "Result Code: 7", "completed"),
                patch("2016-06-01T01:21:40Z", "2016-06-01T01:25:00Z",
                      "Installing Cumulative Update for Windows Server 2016 (KB5000004)", "Result Code: 3", "completed"),
                patch("2016-06-01T01:25:05Z", "", "Installing Update for Windows Defender (KB5000005)", "Result Code: 1", "pending"),
            ])
        ),
    ])
}

// Account OSD, a compliant server: its latest run installed everything (one code-3 warning), an
// older run had failed, so a report that judged anything but the latest run would get it wrong.
extension SimFleet {
    static let va1osdclean01 = Server(id: "VA1OSDCLEAN01", executions: [
        Execution(
            id: "VA1-140210",
            summary: summary("VA1-140210", "completed", "2016-06-08T01:00:00Z", "2016-06-08T01:12:30Z", [
                initMessage("2016-06-08T01:00:02Z", "2016-06-08T01:01:40Z", "Invoking SUS API",
                            downloaded([kb(5000011), kb(5000012)])),
            ]),
            detail: detail("VA1-140210", "completed", "2016-06-08T01:00:00Z", "2016-06-08T01:12:30Z",
                           duration: "12m 30s", patches: [
                patch("2016-06-08T01:01:50Z", "2016-06-08T01:05:10Z",
                      "Installing Security Update for Windows Server 2016 (KB5000011)", "Result Code: 2", "completed"),
                patch("2016-06-08T01:05:15Z", "2016-06-08T01:09:00Z",
                      "Installing Update for Windows Server 2016 (KB5000012)", "Result Code: 3", "completed"),
            ])
        ),
        Execution(
            id: "VA1-140105",
            summary: summary("VA1-140105", "completed", "2016-06-01T01:00:00Z", "2016-06-01T01:08:00Z", [
                initMessage("2016-06-01T01:00:02Z", "2016-06-01T01:01:10Z", "Invoking SUS API", downloaded([kb(5000011)])),
            ]),
            detail: detail("VA1-140105", "completed", "2016-06-01T01:00:00Z", "2016-06-01T01:08:00Z",
                           duration: "8m 0s", patches: [
                patch("2016-06-01T01:01:20Z", "2016-06-01T01:07:40Z",
                      "Installing Security Update for Windows Server 2016 (KB5000011)", "Result Code: 4", "failed"),
            ])
        ),
    ])
}
