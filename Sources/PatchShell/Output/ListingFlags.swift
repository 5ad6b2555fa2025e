/// The flags every listing command shares after `--format`: which fields, in which order.
extension FlagSpec {
    /// `--fields a,b,c`: the JSON key names, in the order wanted.
    public static let fields = FlagSpec("fields", help: "only these fields, in this order: JSON key names, comma-separated (see docs/COMMANDS.md)",
                                        value: .text(placeholder: "A,B,…", completion: .none))
    /// `--sort FIELD`.
    public static let sort = FlagSpec("sort", help: "order the rows by this field (times, numbers and text each by their nature)",
                                      value: .text(placeholder: "FIELD", completion: .none))
    /// `--reverse`.
    public static let reverse = FlagSpec("reverse", help: "reverse the order of the rows")

    /// `--format`, `--fields`, `--sort`, `--reverse`.
    public static let listing: [FlagSpec] = [.format, .fields, .sort, .reverse]
}
