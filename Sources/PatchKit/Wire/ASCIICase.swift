/// Case-insensitive comparison of ASCII text without allocating, for the hot decoding path
/// (100,000 patches mean half a million key and status comparisons).
enum ASCIICase {
    /// Whether `text` equals `lowercase` (which must be lower-case ASCII) ignoring ASCII case.
    static func equals(_ text: String, _ lowercase: String) -> Bool {
        var a = text.utf8.makeIterator()
        var b = lowercase.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case (let x?, let y?):
                if x != y && (x < 0x41 || x > 0x5A || x | 0x20 != y) { return false }
            default: return false
            }
        }
    }

    /// The offset just after the first occurrence of `lowercase` in `bytes`, ignoring ASCII case.
    static func end(of lowercase: String, in text: String) -> String.UTF8View.Index? {
        let needle = Array(lowercase.utf8)
        let haystack = text.utf8
        guard let first = needle.first else { return haystack.startIndex }
        var index = haystack.startIndex
        while index != haystack.endIndex {
            if haystack[index] | 0x20 == first {
                var probe = index
                var matched = 0
                while matched < needle.count, probe != haystack.endIndex {
                    let byte = haystack[probe]
                    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    guard folded == needle[matched] else { break }
                    matched += 1
                    probe = haystack.index(after: probe)
                }
                if matched == needle.count { return probe }
            }
            index = haystack.index(after: index)
        }
        return nil
    }
}
