/// Tests on eight bytes at once (read as one 64-bit word), used to skip over plain text quickly.
/// Each test is exact about the first byte with the property: borrows and carries only ever
/// disturb the bytes after it.
enum ASCIIWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, in any alignment, first byte lowest.
    @inline(__always)
    static func load(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A mask keeping the first `count` bytes of a little-endian word: all of them from 8 up, none below 1.
    @inline(__always)
    static func mask(keepingFirst count: Int) -> UInt64 {
        let kept = UInt64(truncatingIfNeeded: min(max(count, 0), 8))
        return kept == 8 ? ~0 : (1 &<< (8 &* kept)) &- 1
    }

    /// True when every byte is ASCII (below 0x80).
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    /// True when every byte is printable ASCII, 0x20 through 0x7E.
    @inline(__always)
    static func isPrintable(_ word: UInt64) -> Bool {
        let belowSpace = (word &- ones &* 0x20) & ~word
        let deleteOrAbove = word | (word &+ ones)
        return (belowSpace | deleteOrAbove) & highBits == 0
    }

    /// The offset (0 through 7) of the first byte that is not plain JSON string content — not
    /// printable ASCII, or a quotation mark or backslash — or nil when all eight bytes are plain.
    /// `word` must hold the bytes in little-endian order (first byte lowest).
    @inline(__always)
    static func firstNonPlainStringByte(_ word: UInt64) -> Int? {
        let belowSpace = (word &- ones &* 0x20) & ~word
        let deleteOrAbove = word | (word &+ ones)
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteHit = (quote &- ones) & ~quote
        let backslashHit = (backslash &- ones) & ~backslash
        let flags = (belowSpace | deleteOrAbove | quoteHit | backslashHit) & highBits
        return flags == 0 ? nil : flags.trailingZeroBitCount >> 3
    }

    /// The offset (0 through 7) of the first byte equal to `byte`, or nil when none is. `word` must hold the bytes
    /// in little-endian order (first byte lowest).
    @inline(__always)
    static func firstOffset(of byte: UInt8, in word: UInt64) -> Int? {
        let differences = word ^ (ones &* UInt64(byte))
        let hits = (differences &- ones) & ~differences & highBits
        return hits == 0 ? nil : hits.trailingZeroBitCount >> 3
    }

    /// True when `byte` is plain JSON string content: printable ASCII other than `"` and `\`.
    @inline(__always)
    static func isPlainStringContent(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
    }
}
