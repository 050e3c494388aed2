/// Case-insensitive (ASCII letters) substring search without allocating, for row filters.
enum TextMatch {
    /// Whether `text` contains `needle`; `needle` must already be lowercased. An empty needle matches.
    static func contains(_ text: String, lowercasedNeedle needle: String) -> Bool {
        if needle.isEmpty { return true }
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard pattern.count <= haystack.count else { return false }
                let first = pattern[0]
                var start = 0
                while start + pattern.count <= haystack.count {
                    if lower(haystack[start]) == first {
                        var offset = 1
                        while offset < pattern.count, lower(haystack[start + offset]) == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Whether any of `texts` contains `needle` (lowercased).
    static func anyContains(_ texts: String?..., lowercasedNeedle needle: String) -> Bool {
        if needle.isEmpty { return true }
        for text in texts {
            if let text, contains(text, lowercasedNeedle: needle) { return true }
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
