// Account ALIAS: the vendor-CLI style, capitalised detail keys and `patches` as a bare count.
extension SimFleet {
    /// Upper-case summary statuses with `2016-05-02 22:10:00` times; count-only details.
    static let wa1aliasserv0101 = Server(id: "WA1ALIASSERV0101", executions: [
        Execution(
            id: "WA1-200114",
            summary: summary("WA1-200114", "COMPLETED", "2016-05-02 22:10:00", "2016-05-02 22:31:09", [
                initMessage("2016-05-02 22:27:40", "2016-05-02 22:31:02", "Invoking SUS API", noUpdates),
                initMessage("2016-05-02 22:10:04", "2016-05-02 22:16:51", "Invoking SUS API",
                            downloaded([3147458, 3146723, 3145739, 3142045, 3140410, 3139914, 3138910].map(kb))),
            ]),
            // samples/detail-count-only.json
            detail: countOnlyDetail("WA1-200114", "2016-05-02T22:10:00.000Z", "2016-05-02T22:31:09.000Z",
                                    duration: "21m 9s", patches: 7)
        ),
        Execution(
            id: "WA1-199870",
            summary: summary("WA1-199870", "COMPLETED", "2016-04-04 22:10:00", "2016-04-04 22:18:31", [
                initMessage("2016-04-04 22:10:03", "2016-04-04 22:18:27", "Invoking SUS API", noUpdates),
            ]),
            detail: countOnlyDetail("WA1-199870", "2016-04-04T22:10:00.000Z", "2016-04-04T22:18:31.000Z",
                                    duration: "8m 31s", patches: 0)
        ),
    ])

    static func countOnlyDetail(_ id: String, _ start: String, _ end: String, duration: String, patches: Int) -> SimJSON {
        [
            "Execution_id": .string(id),
            "Status": "Completed",
            "Start_time": .string(start),
            "End_time": .string(end),
            "Duration": .string(duration),
            "Begin_message": "Update Process BEGIN",
            "End_message": "Updating Complete",
            "Patches": .number(patches),
        ]
    }
}
