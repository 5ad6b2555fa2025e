/// `for NAME in WORDS… --jobs N ; … end`: the body runs for up to N items at once.
public struct ParallelLoop: Sendable, Equatable {
    public var variable: String
    public var items: [Word]
    /// The word after `--jobs`: a literal is checked while parsing, a variable when the loop runs.
    public var jobs: Word
    public var body: [Statement]
    public var location: SourceLocation

    /// More than this many requests at once only queues them in the client: the API is one host.
    public static let maximumJobs = 1000

    /// Commands that change what every iteration shares (the token, endpoints, timeouts, tracing):
    /// refused inside the body, where 50 iterations would race to change them.
    public static let sessionWideCommands: Set<String> = ["login", "logout", "endpoint", "timeout", "trace"]

    /// Why a session-wide command cannot run in a parallel body.
    public static func sessionWideMessage(_ name: String) -> String {
        "'\(name)' cannot run inside a parallel loop ('for … --jobs N'): it changes the session every iteration shares; run it before the loop"
    }

    /// The number of jobs a word's text asks for, or nil when it is not a whole number from 1 to the maximum.
    public static func jobCount(_ text: String) -> Int? {
        guard let value = Int(text), (1...maximumJobs).contains(value) else { return nil }
        return value
    }

    /// The message for a bad `--jobs` value.
    public static func badJobsMessage(_ text: String) -> String {
        "'--jobs' takes a whole number from 1 to \(maximumJobs), not '\(text)'"
    }
}

extension Parser {
    /// Splits a trailing bare `--jobs N` off a `for` line's items. The flag is recognised only as the
    /// unquoted literal `--jobs` second from the end, so `'--jobs'` (quoted) or `$x` is always an item.
    mutating func splitJobs(from items: [Word]) -> (items: [Word], jobs: Word?) {
        for (index, word) in items.enumerated() {
            guard let text = word.bareText, text.hasPrefix("--jobs") || text == "-j" else { continue }
            if text.hasPrefix("--jobs=") || text == "-j" {
                error("write '--jobs N' (a space, no '='), not '\(text)'", at: word.location)
            } else if text == "--jobs" && index == items.count - 1 {
                error("expected a number of jobs after '--jobs'", at: word.location)
            } else if text == "--jobs" && index < items.count - 2 {
                error("'--jobs N' goes at the end of the 'for' line, after the items", at: word.location)
            }
        }
        guard items.count >= 2, items[items.count - 2].bareText == "--jobs" else { return (items, nil) }
        let jobs = items[items.count - 1]
        if let text = jobs.bareText, ParallelLoop.jobCount(text) == nil {
            error(ParallelLoop.badJobsMessage(text), at: jobs.location)
        }
        return (Array(items.dropLast(2)), jobs)
    }
}
