#if canImport(Glibc)
import Glibc
#endif

/// The width of the terminal on standard output.
enum TerminalWidth {
    /// Columns, or 80 when unknown.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
