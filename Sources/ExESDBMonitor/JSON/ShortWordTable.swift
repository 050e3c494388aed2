/// A direct-mapped table from short words (1 through 24 bytes without a zero byte) to values, looked up straight
/// from the bytes of a line, without building a String. A word is identified by its bytes read as three
/// little-endian words padded with zero bytes, so padding cannot be mistaken for content.
///
/// The table tries a few hash seeds and keeps the one that places the most words. A word whose slot is still
/// taken is not kept: a miss means "not in the table, or not kept" (`holdsAll` says whether any was left out),
/// and callers that must be exact fall back to a full lookup.
struct ShortWordTable<Value: Sendable>: Sendable {
    /// The longest word the table can hold, in bytes.
    static var maxLength: Int { 24 }

    /// Whether every word given to the table was kept.
    let holdsAll: Bool
    private let slotBits: Int
    private let seed: UInt64
    private let keys: [UInt64]
    private let values: [Value?]

    /// A table of `1 << slotBits` slots holding as many of `entries` as fit without collisions, first come first
    /// kept, under the first of `seedsTried` seeds that keeps them all (or else the one that keeps the most).
    init(_ entries: [(word: String, value: Value)], slotBits: Int, seedsTried: UInt64 = 64) {
        let words = entries.compactMap { entry -> (key: (UInt64, UInt64, UInt64), value: Value)? in
            let utf8 = Array(entry.word.utf8)
            guard (1...Self.maxLength).contains(utf8.count), !utf8.contains(0) else { return nil }
            return (utf8.withUnsafeBytes { Self.key($0, from: 0, length: $0.count) }, entry.value)
        }
        var best: (seed: UInt64, kept: Int) = (0, -1)
        for seed in 0..<seedsTried {
            let slots = Set(words.map { Self.slot($0.key, bits: slotBits, seed: seed) })
            if slots.count > best.kept { best = (seed, slots.count) }
            if slots.count == words.count { break }
        }
        var keys = Array(repeating: UInt64(0), count: 3 << slotBits)
        var values = [Value?](repeating: nil, count: 1 << slotBits)
        for (key, value) in words {
            let slot = Self.slot(key, bits: slotBits, seed: best.seed)
            guard values[slot] == nil else { continue }
            keys[3 * slot] = key.0
            keys[3 * slot + 1] = key.1
            keys[3 * slot + 2] = key.2
            values[slot] = value
        }
        self.slotBits = slotBits
        self.seed = best.seed
        self.keys = keys
        self.values = values
        holdsAll = best.kept == entries.count
    }

    /// The value kept for the bytes at `start..<end` of `bytes`, or nil.
    @inline(__always)
    func value(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Value? {
        let length = end &- start
        guard length > 0, length <= Self.maxLength else { return nil }
        return value(forWords: Self.key(bytes, from: start, length: length))
    }

    /// The value kept for the word whose bytes, read as three little-endian words padded with zero bytes, are
    /// `key` (as a reader that has loaded them already has them), or nil.
    @inline(__always)
    func value(forWords key: (UInt64, UInt64, UInt64)) -> Value? {
        let slot = Self.slot(key, bits: slotBits, seed: seed)
        return keys.withUnsafeBufferPointer { keys in
            guard keys[3 &* slot] == key.0, keys[3 &* slot &+ 1] == key.1, keys[3 &* slot &+ 2] == key.2 else { return nil }
            return values[slot]
        }
    }

    /// The slot of `key`: a multiplicative hash of its three words, its top `bits` bits (1 through 63).
    @inline(__always)
    private static func slot(_ key: (UInt64, UInt64, UInt64), bits: Int, seed: UInt64) -> Int {
        let mixed = ((key.0 ^ seed) &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F)
            ^ (key.2 &* 0x1656_67B1_9E37_79F9)
        return Int(truncatingIfNeeded: (mixed ^ (mixed &>> 29)) &>> UInt64(truncatingIfNeeded: 64 &- bits))
    }

    /// The `length` (1 through 24) bytes at `start` as three little-endian words, zero-padded.
    @inline(__always)
    private static func key(_ bytes: UnsafeRawBufferPointer, from start: Int, length: Int) -> (UInt64, UInt64, UInt64) {
        if start + 24 <= bytes.count {
            return (ASCIIWord.load(bytes, at: start) & ASCIIWord.mask(keepingFirst: length),
                    ASCIIWord.load(bytes, at: start + 8) & ASCIIWord.mask(keepingFirst: length &- 8),
                    ASCIIWord.load(bytes, at: start + 16) & ASCIIWord.mask(keepingFirst: length &- 16))
        }
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for offset in 0..<length {
            let byte = UInt64(bytes[start + offset])
            switch offset {
            case 0..<8: words.0 |= byte << (8 * offset)
            case 8..<16: words.1 |= byte << (8 * (offset - 8))
            default: words.2 |= byte << (8 * (offset - 16))
            }
        }
        return words
    }
}
