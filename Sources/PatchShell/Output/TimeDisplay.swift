import Foundation
import PatchKit

/// How times read for people: UTC (`2016-03-14 09:00:00`) or a local zone with its offset, psql-style
/// (`2016-03-14 10:00:00+01`). Machine formats never use this: they are always ISO 8601 UTC.
public struct TimeDisplay: Sendable {
    /// nil for UTC.
    public var zone: TimeZone?

    /// UTC, no offset shown.
    public static let utc = TimeDisplay(zone: nil)

    /// The process's zone (Foundation follows `TZ`); a machine on UTC reads as plain UTC, without `+00`.
    public static var local: TimeDisplay {
        let zone = TimeZone.current
        let utcNames: Set<String> = ["UTC", "GMT", "UCT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu", "GMT0"]
        return utcNames.contains(zone.identifier) ? .utc : TimeDisplay(zone: zone)
    }

    /// The time as people read it in this zone.
    public func text(_ date: Date) -> String {
        guard let zone else { return PatchTimeFormat.utc(date) }
        let offset = zone.secondsFromGMT(for: date)
        return PatchTimeFormat.utc(date.addingTimeInterval(TimeInterval(offset))) + Self.offsetText(offset)
    }

    /// A name for the zone, for a report's caption.
    public var name: String {
        guard let zone else { return "UTC" }
        return zone.identifier
    }

    /// `+01`, `-04`, `+05:30`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3600, minutes = magnitude % 3600 / 60
        let hourText = hours < 10 ? "0\(hours)" : "\(hours)"
        if minutes == 0 { return sign + hourText }
        return sign + hourText + ":" + (minutes < 10 ? "0\(minutes)" : "\(minutes)")
    }

    /// Seconds to subtract from a zone-less time typed by the user to get UTC, in this zone, near `date`.
    func offset(near date: Date) -> TimeInterval {
        zone.map { TimeInterval($0.secondsFromGMT(for: date)) } ?? 0
    }
}

/// The session's output settings that `format` changes (the default format itself stays on Shell).
public struct OutputPreferences: Sendable {
    /// Which zone people see times in.
    public enum TimeChoice: String, Sendable, CaseIterable {
        /// Local on a terminal, UTC when output goes to a file, a pipe or `$( … )`.
        case auto
        case local
        case utc
    }

    public var time: TimeChoice = .auto

    /// A default: times chosen automatically.
    public init() {}
}
