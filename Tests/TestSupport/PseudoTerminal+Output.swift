import Foundation

/// Reading what the program wrote.
extension PseudoTerminal {
    /// How many characters of screen text a failed expectation shows.
    static let failureContextLength = 2000

    /// Everything the program has written so far, raw: escape sequences, `\r`
    /// and all (decoded as UTF-8; invalid bytes become U+FFFD).
    public var output: String {
        String(decoding: reader.output.snapshot(), as: UTF8.self)
    }

    /// Everything the program has written so far with escape sequences and
    /// control characters other than `\n` and `\t` removed (see
    /// ``stripEscapes(_:)``). This is a transcript, not a terminal emulation:
    /// text a line editor erased and redrew appears as many times as it was
    /// drawn.
    public var screenText: String {
        EscapeStripper(reader.output.snapshot()).string
    }

    /// Waits until the output not yet consumed by an earlier `expect` contains
    /// `substring`, consumes it up to the end of the match, and returns the
    /// consumed part with escape sequences stripped.
    ///
    /// The substring is matched against both forms of the pending output,
    /// byte for byte, and the earlier match wins:
    /// - the **screen text** (escape sequences and control characters other
    ///   than `\n`/`\t` removed), so `"ready"` matches `"rea\e[1mdy"` and
    ///   `"a\nb"` matches `"a\r\nb"`;
    /// - the **raw output**, so a substring that itself contains escape
    ///   sequences or `\r` (for example `"\u{1B}[?2004h"`) can be awaited too.
    ///
    /// Matching is on UTF-8 bytes, not on Swift `Character`s, so `"\n"` is
    /// found inside `"\r\n"` (a single `Character`). An empty substring matches
    /// at once and consumes nothing.
    ///
    /// - Throws: ``HarnessError/expectTimedOut(expected:timeout:screenTail:rawTail:)``
    ///   after `timeout` seconds, or ``HarnessError/outputEnded(expected:screenTail:rawTail:)``
    ///   as soon as the program has closed the terminal without writing it.
    ///   Both show the last ~2000 characters of ``screenText``. Nothing is
    ///   consumed when it throws.
    @discardableResult
    public func expect(_ substring: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let needle = Array(substring.utf8)
        let start = state.withLock { $0.consumed }
        while true {
            let (pending, finished) = reader.output.bytes(from: start)
            if let end = Self.endOfMatch(of: needle, in: pending) {
                state.withLock { $0.consumed = start + end }
                return EscapeStripper(Array(pending[..<end])).string
            }
            if finished {
                let (screen, raw) = failureContext()
                throw HarnessError.outputEnded(expected: substring, screenTail: screen, rawTail: raw)
            }
            if !reader.output.waitForMore(than: start + pending.count, until: deadline) {
                let (screen, raw) = failureContext()
                throw HarnessError.expectTimedOut(expected: substring, timeout: timeout, screenTail: screen, rawTail: raw)
            }
        }
    }

    /// Removes terminal control sequences from `s`: CSI sequences (`ESC [` …
    /// final byte), OSC strings (`ESC ]` … `BEL` or `ESC \`, likewise DCS, SOS,
    /// PM and APC), other escape sequences (`ESC` plus one final byte, with
    /// optional intermediate bytes as in `ESC ( B`), an unfinished sequence at
    /// the end, and every control character except `\n` and `\t` (so `\r`,
    /// backspace, `BEL` and DEL go too).
    public static func stripEscapes(_ s: String) -> String {
        EscapeStripper(Array(s.utf8)).string
    }

    /// The raw offset just past the earliest match of `needle` in `pending`,
    /// searching the stripped and the raw form.
    private static func endOfMatch(of needle: [UInt8], in pending: [UInt8]) -> Int? {
        let rawEnd = ByteSearch.endOfFirstMatch(of: needle, in: pending)
        guard !needle.isEmpty else { return 0 }
        let stripped = EscapeStripper(pending)
        let strippedEnd = ByteSearch.endOfFirstMatch(of: needle, in: stripped.text).map { stripped.rawEnds[$0 - 1] }
        switch (rawEnd, strippedEnd) {
        case let (raw?, screen?): return min(raw, screen)
        case let (raw, screen): return raw ?? screen
        }
    }

    /// The tails of the screen text and of the raw output, for error messages.
    private func failureContext() -> (screen: String, raw: String) {
        let raw = reader.output.snapshot()
        let screen = String(EscapeStripper(raw).string.suffix(Self.failureContextLength))
        let rawTail = String(String(decoding: raw.suffix(Self.failureContextLength / 4), as: UTF8.self))
        return (screen, visibleControlCharacters(rawTail))
    }
}
