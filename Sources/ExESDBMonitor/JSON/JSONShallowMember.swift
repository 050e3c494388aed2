/// One member of an object read shallowly (`JSONShallowObject`): its key and value, the plain ones left where they
/// lie in the text. Plain data only, so a line's members are freed without visiting each.
struct JSONShallowMember {
    /// A member's key.
    enum Key {
        /// Plain printable ASCII at `start..<end` of the text.
        case plain(start: Int32, end: Int32)
        /// A key that held escapes or other text: the index of its decoded, sanitised text in `decodedKeys`.
        case decoded(Int32)
    }

    var key: Key
    var value: JSONShallowValue
}
