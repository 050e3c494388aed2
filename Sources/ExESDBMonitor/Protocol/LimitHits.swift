/// How often the decoder's caps bit on one line, for events that were kept nonetheless.
public struct LimitHits: Sendable, Hashable {
    /// Text fields cut to their cap (see `DecodeLimits`), each ending with `…`.
    public var truncatedFields = 0
    /// Numbers beyond Double's range (`1e309`), clamped to the largest finite value of their sign.
    public var clampedNumbers = 0
    /// Integers beyond 64 bits, kept as the nearest Double.
    public var hugeIntegers = 0

    public init(truncatedFields: Int = 0, clampedNumbers: Int = 0, hugeIntegers: Int = 0) {
        self.truncatedFields = truncatedFields
        self.clampedNumbers = clampedNumbers
        self.hugeIntegers = hugeIntegers
    }

    /// Whether no cap bit.
    public var isEmpty: Bool { truncatedFields == 0 && clampedNumbers == 0 && hugeIntegers == 0 }

    /// Adds the hits of another line.
    public mutating func add(_ other: LimitHits) {
        truncatedFields += other.truncatedFields
        clampedNumbers += other.clampedNumbers
        hugeIntegers += other.hugeIntegers
    }
}
