/// One member of an object read shallowly (`JSONShallowObject`): its key, the protocol field the key names, and its
/// value, the plain ones left where they lie in the text. Plain data only, so a line's members are freed without
/// visiting each.
struct JSONShallowMember {
    /// A member's key.
    enum Key {
        /// Plain text (see `JSONParser.skipPlainString`) at `start..<end` of the text.
        case plain(start: Int32, end: Int32)
        /// A key that held escapes or other text: the index of its decoded, sanitised text in `decodedKeys`.
        case decoded(Int32)
    }

    var key: Key
    /// The protocol field the key names, found when the key was read; nil for any other key.
    var field: FieldKey?
    var value: JSONShallowValue
}
