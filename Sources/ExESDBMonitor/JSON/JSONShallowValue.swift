/// The value of a member read shallowly: a plain string left where it lies in the text, or any other value read.
enum JSONShallowValue {
    /// Printable ASCII without escapes at `start..<end` of the text: kept as it is when built.
    case plainString(start: Int, end: Int)
    /// Any other value, read in full.
    case value(JSONValue)

    /// Whether the value is `null`.
    @inline(__always)
    var isNull: Bool {
        if case .value(.null) = self { return true }
        return false
    }
}
