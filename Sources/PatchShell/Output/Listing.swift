import Foundation
import PatchKit

/// The result of a data command, ready to print in any format: named fields and one record of cells
/// per row. A field's key is its JSON key and the name `--fields` and `--sort` accept.
public struct Listing: Sendable {
    /// Every field, in the JSON schema's order.
    public var fields: [Field]
    /// Rows of cells, one cell per field.
    public var records: [[Cell]]
    /// The keys shown by table, plain and CSV when `--fields` is not given, in column order.
    public var defaultKeys: [String]
    /// True when the JSON is one object (one execution) rather than an array.
    public var isSingleObject = false
    /// Printed on a terminal when there are no rows (never in machine formats).
    public var emptyNote: String?
    /// A hand-laid table view, when rows in columns would not read well (one execution's header).
    public var block: (@Sendable (TimeDisplay) -> String)?
    /// Printed after the table (a report's verdict).
    public var footer: (@Sendable (TimeDisplay) -> String)?
    /// Wraps the JSON array in a document (a report's overall verdict around its servers).
    public var envelope: (@Sendable (JSONValue) -> JSONValue)?

    /// A listing of `records` over `fields`; `defaultKeys` nil shows every field.
    public init(fields: [Field], records: [[Cell]], defaultKeys: [String]? = nil, emptyNote: String? = nil) {
        self.fields = fields
        self.records = records
        self.defaultKeys = defaultKeys ?? fields.map(\.key)
        self.emptyNote = emptyNote
    }

    /// One object of named text values (whoami): every value a string or null.
    public static func keyValues(_ pairs: [(String, String?)]) -> Listing {
        var listing = Listing(fields: pairs.map { Field($0.0, $0.0.uppercased()) }, records: [pairs.map { Cell.string($0.1) }])
        listing.isSingleObject = true
        return listing
    }

    /// The JSON of one record, over the given field indices.
    func json(of record: [Cell], columns: [Int]) -> JSONValue {
        .object(columns.map { (fields[$0].key, record[$0].json) })
    }

    /// The indices of `keys`; an unknown key is a usage error naming the near miss and every field.
    func columns(for keys: [String], command: String) throws(ShellError) -> [Int] {
        var indices: [Int] = []
        for key in keys {
            guard let index = fields.firstIndex(where: { $0.key == key.lowercased() }) else {
                throw unknownField(key, command: command)
            }
            indices.append(index)
        }
        return indices
    }

    /// Orders the records by one field (times, numbers and text each by their nature; absent values last).
    mutating func sort(by key: String, command: String) throws(ShellError) {
        guard let column = fields.firstIndex(where: { $0.key == key.lowercased() }) else {
            throw unknownField(key, command: command)
        }
        records = records.enumerated().sorted { lhs, rhs in
            let left = lhs.element[column].sortKey, right = rhs.element[column].sortKey
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }

    private func unknownField(_ key: String, command: String) -> ShellError {
        let names = fields.map(\.key)
        let hint = NameSuggestion.nearest(to: key.lowercased(), in: names).map { " Did you mean '\($0)'?" } ?? ""
        return .usage("'\(command)' has no field '\(key)'.\(hint) Fields: \(names.joined(separator: ", ")).")
    }
}

/// One column of a listing.
public struct Field: Sendable {
    /// How the table treats the column when the terminal is too narrow.
    public enum Role: Sendable {
        /// Short values (IDs, statuses, times): kept whole while free text can give way.
        case fixed
        /// Free text (titles, messages): shrunk first, widest first, with an ellipsis.
        case text
    }

    /// The JSON key, also the name used by `--fields` and `--sort`.
    public var key: String
    /// The table header.
    public var title: String
    public var role: Role

    /// A field; `title` is the table header.
    public init(_ key: String, _ title: String, role: Role = .fixed) {
        self.key = key
        self.title = title
        self.role = role
    }
}

/// How a status reads at a glance: drives the table's colour.
public enum Tone: Sendable {
    case good, bad, waiting, warning
}

/// One value of a listing: its JSON (exact, for machines) and, where it differs, its text for people.
public struct Cell: Sendable {
    public var json: JSONValue
    /// A time, shown in the session's time zone on a terminal.
    public var date: Date?
    /// The text for table and plain when it is not simply the JSON value.
    public var text: String?
    public var tone: Tone?

    /// A cell; `text` overrides the JSON value's own text for people.
    public init(json: JSONValue, text: String? = nil, tone: Tone? = nil) {
        self.json = json
        self.text = text
        self.tone = tone
    }

    /// A string, or null.
    public static func string(_ value: String?, text: String? = nil, tone: Tone? = nil) -> Cell {
        Cell(json: .optional(value), text: text, tone: tone)
    }

    /// An integer, or null.
    public static func int(_ value: Int?, text: String? = nil, tone: Tone? = nil) -> Cell {
        Cell(json: .optional(value), text: text, tone: tone)
    }

    /// A number of seconds, shown as `6m 47s`.
    public static func seconds(_ value: Int?) -> Cell {
        Cell(json: .optional(value), text: value.map(DurationText.format(seconds:)))
    }

    /// A yes/no fact.
    public static func bool(_ value: Bool) -> Cell { Cell(json: .bool(value), text: value ? "yes" : "no") }

    /// A time: ISO 8601 UTC in JSON, the session's zone for people.
    public static func time(_ date: Date?) -> Cell {
        var cell = Cell(json: date.map { .string(PatchTimeFormat.iso($0)) } ?? .null)
        cell.date = date
        return cell
    }

    /// The text people see: times in `times`' zone, `-` for absent values.
    func display(_ times: TimeDisplay) -> String {
        if let date { return times.text(date) }
        if let text { return text }
        switch json {
        case .null: return "-"
        case .bool(let value): return value ? "yes" : "no"
        case .int(let value): return String(value)
        case .string(let value): return value
        case .array(let items): return String(items.count)
        case .object: return json.serialized(pretty: false)
        }
    }

    /// The exact value for CSV: strings as they came, nested values as compact JSON, null as empty.
    var machineText: String {
        switch json {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return value
        case .array, .object: return json.serialized(pretty: false)
        }
    }

    var sortKey: SortKey {
        if let date { return .number(date.timeIntervalSince1970) }
        switch json {
        case .null: return .absent
        case .bool(let value): return .number(value ? 1 : 0)
        case .int(let value): return .number(Double(value))
        case .string(let value): return .text(value.lowercased())
        case .array(let items): return .number(Double(items.count))
        case .object: return .text(json.serialized(pretty: false))
        }
    }
}

/// Comparable sort keys: numbers before text, absent values last.
enum SortKey: Comparable {
    case number(Double)
    case text(String)
    case absent
}
