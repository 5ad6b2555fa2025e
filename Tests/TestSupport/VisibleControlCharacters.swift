/// Makes control characters in terminal output visible for error messages:
/// `ESC` becomes `\e`, `\r` becomes `\r`, other controls `^X`, and `\n` is
/// shown as `\n` followed by a real line break.
func visibleControlCharacters(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x1B: result += "\\e"
        case 0x0D: result += "\\r"
        case 0x0A: result += "\\n\n"
        case 0x09: result += "\\t"
        case 0x7F: result += "^?"
        case 0x00..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
