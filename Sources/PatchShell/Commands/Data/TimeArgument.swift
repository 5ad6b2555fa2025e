import Foundation
import PatchKit

/// Reads a time the user typed (`--since`): `2016-03-14`, `2016-03-14 09:05`, `2016-03-14T09:05:00Z`, an
/// offset form, or an age such as `90m`, `12h`, `7d` (before now). A time without an offset is read in
/// the zone times are shown in, so what the user sees is what the user types.
enum TimeArgument {
    static func parse(_ text: String, flag: String, zone: TimeDisplay, now: Date = Date()) throws(ShellError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let age = age(trimmed) { return now.addingTimeInterval(-age) }
        var padded = trimmed
        switch trimmed.count {
        case 10: padded += " 00:00:00"
        case 16: padded += ":00"
        default: break
        }
        guard let parsed = WireTime.parse(padded) else {
            throw .usage("'\(text)' is not a time for '--\(flag)'. Use e.g. '2016-03-14', '2016-03-14 09:05', "
                + "'2016-03-14T09:05:00Z' or an age such as '12h' or '7d'.")
        }
        let hasOffset = padded.count > 19 && (padded.hasSuffix("Z") || padded.hasSuffix("z")
            || padded.dropFirst(19).contains("+") || padded.dropFirst(19).contains("-"))
        return hasOffset ? parsed : parsed.addingTimeInterval(-zone.offset(near: parsed))
    }

    /// `90s`, `15m`, `12h`, `7d` in seconds; nil for anything else.
    static func age(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let number = Double(text.dropLast()), number >= 0 else { return nil }
        switch unit {
        case "s": return number
        case "m": return number * 60
        case "h": return number * 3600
        case "d": return number * 86_400
        case "w": return number * 604_800
        default: return nil
        }
    }
}
