import Foundation

// Facts read out of a patch's messages and times, beyond the KB number and result code.
extension Patch {
    /// The RPM package a RHEL/CentOS patch installs (`Installing openssl-1.0.1e-57.el6.x86_64`); nil for Windows.
    public var package: PackageName? { kb == nil ? PackageName(title) : nil }

    /// What the patch installs in a word: the KB number, else the package name.
    public var reference: String? { kb ?? package?.name }

    /// The vendor's article for a KB, in the form the platform's own messages link to.
    public var articleURL: String? {
        kb.map { "https://support.microsoft.com/kb/" + $0.dropFirst(2) }
    }

    /// Seconds between the patch's own start and end; nil until both are known.
    public var durationSeconds: Int? {
        guard let startTime, let endTime, endTime >= startTime else { return nil }
        return Int(endTime.timeIntervalSince(startTime).rounded())
    }
}

extension ExecutionSummary {
    /// Seconds between the execution's start and end; nil while it runs.
    public var durationSeconds: Int? {
        guard let startTime, let endTime, endTime >= startTime else { return nil }
        return Int(endTime.timeIntervalSince(startTime).rounded())
    }

    /// The rounds in the order they ran (the platform lists them newest first).
    public var roundsInOrder: [Initiation] {
        initiations.sorted { ($0.startTime ?? .distantPast) < ($1.startTime ?? .distantPast) }
    }
}

extension Initiation {
    /// What a round downloaded, as listed between the `##` markers: URLs on Windows, package names on RHEL.
    public var updateItems: [String] {
        guard let message = endMessage else { return [] }
        let parts = message.components(separatedBy: "##")
        guard parts.count >= 3 else { return updateURLs }
        return parts[1].split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
