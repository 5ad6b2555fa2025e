/// Keys that send more than a printable character, for
/// ``PseudoTerminal/sendKey(_:)``.
public enum TerminalKey: Sendable, Hashable, CaseIterable {
    /// Tab, byte 0x09 (completion in line editors).
    case tab
    /// Return, byte 0x0D (`\r`), which the line discipline turns into `\n`.
    case enter
    /// Backspace as xterm sends it: DEL, byte 0x7F (the default erase character).
    case backspace
    /// Escape, byte 0x1B.
    case escape
    /// Cursor up: `ESC [ A`, or `ESC O A` in application cursor mode.
    case up
    /// Cursor down: `ESC [ B`, or `ESC O B` in application cursor mode.
    case down
    /// Cursor right: `ESC [ C`, or `ESC O C` in application cursor mode.
    case right
    /// Cursor left: `ESC [ D`, or `ESC O D` in application cursor mode.
    case left
    /// Home: `ESC [ H`, or `ESC O H` in application cursor mode.
    case home
    /// End: `ESC [ F`, or `ESC O F` in application cursor mode.
    case end
    /// Forward delete: `ESC [ 3 ~`.
    case delete

    /// The bytes xterm sends for this key. `applicationCursorMode` is whether
    /// the program enabled DECCKM (`ESC [ ? 1 h`), as line editors do when
    /// they send the terminfo `smkx` string.
    public func bytes(applicationCursorMode: Bool) -> [UInt8] {
        let cursorPrefix: [UInt8] = applicationCursorMode ? [0x1B, UInt8(ascii: "O")] : [0x1B, UInt8(ascii: "[")]
        switch self {
        case .tab: return [0x09]
        case .enter: return [0x0D]
        case .backspace: return [0x7F]
        case .escape: return [0x1B]
        case .up: return cursorPrefix + [UInt8(ascii: "A")]
        case .down: return cursorPrefix + [UInt8(ascii: "B")]
        case .right: return cursorPrefix + [UInt8(ascii: "C")]
        case .left: return cursorPrefix + [UInt8(ascii: "D")]
        case .home: return cursorPrefix + [UInt8(ascii: "H")]
        case .end: return cursorPrefix + [UInt8(ascii: "F")]
        case .delete: return Array("\u{1B}[3~".utf8)
        }
    }
}
