/// An RPM package file name split into its parts: `openssl-1.0.1e-57.el6.x86_64` is package
/// `openssl`, version `1.0.1e-57.el6` (version and release), architecture `x86_64`.
public struct PackageName: Sendable, Equatable {
    public var name: String
    /// Version and release, e.g. `1.0.1e-57.el6`.
    public var version: String
    public var architecture: String

    /// The architectures yum reports; a suffix outside this list is not taken for one.
    static let architectures: Set<String> = [
        "x86_64", "i386", "i486", "i586", "i686", "noarch", "aarch64", "ppc", "ppc64", "ppc64le", "s390", "s390x", "src",
    ]

    /// Parses `name-version-release.arch`; nil when the text is not shaped like one (spaces, no known arch).
    public init?(_ text: String) {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace),
              let dot = text.lastIndex(of: "."),
              Self.architectures.contains(String(text[text.index(after: dot)...])) else { return nil }
        let stem = text[..<dot]
        guard let releaseDash = stem.lastIndex(of: "-") else { return nil }
        let beforeRelease = stem[..<releaseDash]
        guard let versionDash = beforeRelease.lastIndex(of: "-") else { return nil }
        let name = beforeRelease[..<versionDash]
        let version = stem[stem.index(after: versionDash)...]
        guard !name.isEmpty, version.count > 2 else { return nil }
        self.name = String(name)
        self.version = String(version)
        architecture = String(text[text.index(after: dot)...])
    }
}
