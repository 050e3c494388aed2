/// One member of an object read shallowly (`JSONParser.readShallowObjectDocument`): its key and value, the plain
/// ones left where they lie in the text.
struct JSONShallowMember {
    /// A member's key.
    enum Key {
        /// Plain printable ASCII at `start..<end` of the text.
        case plain(start: Int, end: Int)
        /// A key that held escapes or other text, decoded and sanitised.
        case decoded(String)
    }

    var key: Key
    var value: JSONShallowValue
}
