/// Searching byte arrays.
enum ByteSearch {
    /// The offset just past the first occurrence of `needle` in `haystack`.
    static func endOfFirstMatch(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count, let first = needle.first else { return nil }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }
}

extension ByteSearch {
    /// The offset where the last occurrence of `needle` in `haystack` starts.
    static func lastMatchStart(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start
            }
            start -= 1
        }
        return nil
    }
}
