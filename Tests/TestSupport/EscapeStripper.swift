/// Removes terminal control sequences from raw terminal output, working on
/// UTF-8 bytes so that positions in the result can be mapped back to the raw
/// output (which is what lets `expect` consume exactly up to a match).
///
/// Removed: CSI sequences (`ESC [` parameters, intermediates, final byte);
/// OSC, DCS, SOS, PM and APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`,
/// `ESC _` up to `BEL` or `ESC \`); other escape sequences (`ESC`, optional
/// intermediate bytes, final byte, e.g. `ESC 7`, `ESC ( B`); an incomplete
/// sequence at the very end; and every other C0 control character and DEL
/// except `\n` and `\t` (so `\r`, backspace and `BEL` disappear). Bytes of
/// multi-byte UTF-8 characters are never touched.
struct EscapeStripper {
    /// The kept bytes.
    private(set) var text: [UInt8] = []
    /// For each kept byte, the raw offset just past it.
    private(set) var rawEnds: [Int] = []

    /// Strips `raw`.
    init(_ raw: [UInt8]) {
        text.reserveCapacity(raw.count)
        rawEnds.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x1B {
                guard let next = Self.sequenceEnd(raw, escapeAt: index) else { return }
                index = next
            } else {
                if (byte >= 0x20 && byte != 0x7F) || byte == 0x0A || byte == 0x09 {
                    text.append(byte)
                    rawEnds.append(index + 1)
                }
                index += 1
            }
        }
    }

    /// The stripped text as a string (invalid UTF-8 becomes U+FFFD).
    var string: String {
        String(decoding: text, as: UTF8.self)
    }

    /// The offset just past the escape sequence starting at `start`, or `nil`
    /// when the input ends inside it.
    private static func sequenceEnd(_ raw: [UInt8], escapeAt start: Int) -> Int? {
        let introducer = start + 1
        guard introducer < raw.count else { return nil }
        switch raw[introducer] {
        case UInt8(ascii: "["):
            var index = introducer + 1
            while index < raw.count && (0x30...0x3F).contains(raw[index]) { index += 1 }
            while index < raw.count && (0x20...0x2F).contains(raw[index]) { index += 1 }
            guard index < raw.count else { return nil }
            // A malformed sequence loses only its introducer and parameters.
            return (0x40...0x7E).contains(raw[index]) ? index + 1 : index
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            var index = introducer + 1
            while index < raw.count {
                if raw[index] == 0x07 { return index + 1 }
                if raw[index] == 0x1B {
                    guard index + 1 < raw.count else { return nil }
                    if raw[index + 1] == UInt8(ascii: "\\") { return index + 2 }
                }
                index += 1
            }
            return nil
        case 0x20...0x2F:
            var index = introducer
            while index < raw.count && (0x20...0x2F).contains(raw[index]) { index += 1 }
            guard index < raw.count else { return nil }
            return (0x30...0x7E).contains(raw[index]) ? index + 1 : index
        case 0x30...0x7E:
            return introducer + 1
        default:
            return introducer  // ESC before a control byte or non-ASCII: drop the ESC alone.
        }
    }
}
