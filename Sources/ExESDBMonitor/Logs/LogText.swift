/// The UTF-8 bytes of one sanitised log line, with the few byte searches the classifier needs. Positions are
/// byte offsets; every search looks at a byte before comparing the rest, so a miss costs one pass.
struct LogText {
    let bytes: [UInt8]
    /// Every byte value the line holds.
    let present: ByteSet

    init(_ text: String) {
        var text = text
        (bytes, present) = text.withUTF8 { buffer in
            var present = ByteSet()
            for byte in buffer { present.insert(byte) }
            return (Array(buffer), present)
        }
    }

    var count: Int { bytes.count }

    /// The offset where `needle` first starts inside `range`, or nil.
    func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = needle.first, needle.count <= range.count else { return nil }
        let last = range.upperBound - needle.count
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { wanted in
                var index = range.lowerBound
                while index <= last {
                    if haystack[index] == first {
                        var matched = 1
                        while matched < wanted.count, haystack[index + matched] == wanted[matched] { matched += 1 }
                        if matched == wanted.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The offset where `needle` last starts inside `range`, or nil.
    func findLast(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        var found: Int?
        var start = range.lowerBound
        while let index = find(needle, in: start..<range.upperBound) {
            found = index
            start = index + 1
        }
        return found
    }

    /// The range just after `needle`'s first occurrence inside `range`, up to the end of `range`.
    func after(_ needle: [UInt8], in range: Range<Int>) -> Range<Int>? {
        find(needle, in: range).map { ($0 + needle.count)..<range.upperBound }
    }

    /// True when `needle` starts at `index`.
    func hasPrefix(_ needle: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= bytes.count else { return false }
        for offset in needle.indices where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// `range` without spaces at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// The text of `range`, trimmed; nil when nothing is left.
    func text(_ range: Range<Int>) -> String? {
        let range = trimmed(range)
        return range.isEmpty ? nil : String(decoding: bytes[range], as: UTF8.self)
    }

    /// The first word of `range` (up to a space), trimmed; nil when empty.
    func firstWord(_ range: Range<Int>) -> Range<Int>? {
        let range = trimmed(range)
        guard !range.isEmpty else { return nil }
        var end = range.lowerBound
        while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
        return range.lowerBound..<end
    }

    /// The first word of `range` as text.
    func firstWordText(_ range: Range<Int>) -> String? {
        firstWord(range).flatMap(text)
    }

    /// The content of the first `( … )` in `range`.
    func parenthesised(_ range: Range<Int>) -> Range<Int>? {
        guard let open = find([0x28], in: range), let close = find([0x29], in: (open + 1)..<range.upperBound)
        else { return nil }
        return (open + 1)..<close
    }

    /// `range` cut before the first `needle`, or all of it when absent.
    func before(_ needle: [UInt8], in range: Range<Int>) -> Range<Int> {
        find(needle, in: range).map { range.lowerBound..<$0 } ?? range
    }

    /// True for an ASCII letter or digit.
    func isAlphanumeric(at index: Int) -> Bool {
        let byte = bytes[index] | 0x20
        return (byte >= 0x61 && byte <= 0x7A) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
    }
}
