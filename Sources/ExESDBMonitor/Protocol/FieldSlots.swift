/// Where each field key first appears among a line's members, found in one step: one byte per `FieldKey`
/// holding the member's index plus one (zero: absent), or `beyond` for a key first met at `beyond - 1` or later,
/// which the reader then looks for from there. Held inline in 128 bytes, cleared by two vector stores.
struct FieldSlots {
    /// How many keys the slots can hold; a test keeps `FieldKey.allCases` within it.
    static let capacity = 128
    /// The mark of a key first met at member `beyond - 1` or later.
    static let beyond = 255

    private var storage = (SIMD64<UInt8>.zero, SIMD64<UInt8>.zero)

    /// The index of the first member named `key` (see `beyond`), or nil. Read in place: a mutating getter, so
    /// the 128 bytes are not copied for the read.
    @inline(__always)
    subscript(key: FieldKey) -> Int? {
        mutating get {
            let stored = withUnsafeMutableBytes(of: &storage) { $0[key.slot] }
            return stored == 0 ? nil : Int(stored) - 1
        }
    }

    /// Records that member `index` is named `key`, unless an earlier member was.
    @inline(__always)
    mutating func noteFirst(_ key: FieldKey, at index: Int) {
        withUnsafeMutableBytes(of: &storage) { slots in
            if slots[key.slot] == 0 { slots[key.slot] = UInt8(min(index + 1, Self.beyond)) }
        }
    }
}
