/// Tests on eight bytes at once (read as one 64-bit word), used to skip over plain text quickly.
/// Each test is exact: it is true when no byte of the word has the property, whatever the others hold.
enum ASCIIWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, in any alignment.
    @inline(__always)
    static func load(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
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

    /// True when every byte is printable ASCII other than the quotation mark and the backslash:
    /// a run of JSON string content that needs no decoding and no sanitising.
    @inline(__always)
    static func isPlainStringContent(_ word: UInt64) -> Bool {
        isPrintable(word) && !contains(0x22, in: word) && !contains(0x5C, in: word)
    }

    /// True when one of the bytes equals `byte`.
    @inline(__always)
    private static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }
}
