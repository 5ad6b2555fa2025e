import Foundation

/// Reads the date-time forms the platform sends (tolerance rule 4) without DateFormatter, which is slow
/// and locale-sensitive: `2016-04-05T04:14:10Z`, `…10.123Z`, `…10+02:00`, `2016-04-05 04:14:10` (UTC).
public enum WireTime {
    /// A decoded time: a value, or absent (empty, null, missing or not a recognised form).
    public typealias Value = Date?

    /// Parses one wire string; nil when empty or unrecognised.
    public static func parse(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        guard bytes.count >= 19 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54 || bytes[10] == 0x20 || bytes[10] == 0x74,
              bytes[13] == 0x3A, bytes[16] == 0x3A,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < bytes.count {
            switch bytes[index] {
            case 0x5A, 0x7A: index += 1
            case 0x2B, 0x2D:
                let sign = bytes[index] == 0x2B ? 1 : -1
                let rest = bytes.count - index - 1
                if rest == 5, bytes[index + 3] == 0x3A, let h = number(index + 1, 2), let m = number(index + 4, 2) {
                    offset = sign * (h * 3600 + m * 60)
                } else if rest == 4, let h = number(index + 1, 2), let m = number(index + 3, 2) {
                    offset = sign * (h * 3600 + m * 60)
                } else if rest == 2, let h = number(index + 1, 2) {
                    offset = sign * h * 3600
                } else {
                    return nil
                }
                index = bytes.count
            default: return nil
            }
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
