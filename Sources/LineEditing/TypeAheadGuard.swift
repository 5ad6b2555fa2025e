import Glibc

/// Closes a window in libedit: it writes the prompt while the terminal is still in cooked mode and
/// only then switches to raw mode. A Ctrl-D (or Ctrl-C) typed in that window is taken by the tty
/// driver as end-of-line (or a signal) and lost — the shell then waits for input forever.
/// Turning canonical mode and echo off first makes every key after the prompt an ordinary byte that
/// libedit reads; libedit still restores the cooked settings it saved after the line, because it
/// only adopts settings changes made in cooked mode.
enum TypeAheadGuard {
    static func enterRawInput() {
        guard isatty(STDIN_FILENO) == 1 else { return }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 else { return }
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &settings)
    }
}
