extension JSONReadError {
    /// The kinds of malformed input the reader reports.
    public enum Kind: Sendable, Hashable {
        /// The input ended inside a value.
        case unexpectedEnd
        /// A byte that cannot start or continue the value where it appears.
        case unexpectedCharacter
        /// A backslash followed by something other than `" \ / b f n r t` or `u` and four hex digits.
        case invalidEscape
        /// A number that breaks the JSON grammar: a leading zero, a missing digit after `.`, `e` or `-`.
        case invalidNumber
        /// Bytes that are not valid UTF-8.
        case invalidUTF8
        /// A raw control character (below U+0020) inside a string.
        case controlCharacterInString
        /// A `NaN`, `Infinity` or `-Infinity` literal, which JSON does not have.
        case nonFiniteNumber
        /// Arrays and objects nested deeper than the limit.
        case tooDeep
        /// Something other than whitespace after the value.
        case trailingGarbage
        /// A valid value that is not the object the caller asked for.
        case notAnObject
    }
}
