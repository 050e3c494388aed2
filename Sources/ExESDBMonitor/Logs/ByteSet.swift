/// A set of byte values, 256 bits. The classifier notes which bytes a line holds in one pass, and skips every
/// word or emoji that needs a byte the line lacks without searching for it.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    /// The bytes of `bytes`.
    init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { insert(byte) }
    }

    /// Adds `byte`, without branching on it (a line's bytes are unpredictable).
    @inline(__always)
    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << (byte & 63)
        let quarter = byte >> 6
        words.0 |= quarter == 0 ? bit : 0
        words.1 |= quarter == 1 ? bit : 0
        words.2 |= quarter == 2 ? bit : 0
        words.3 |= quarter == 3 ? bit : 0
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << (byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// True when every byte of `other` is in this set.
    @inline(__always)
    func isSuperset(of other: ByteSet) -> Bool {
        other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0 && other.words.2 & ~words.2 == 0
            && other.words.3 & ~words.3 == 0
    }

}
