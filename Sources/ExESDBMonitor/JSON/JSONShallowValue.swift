/// The value of a member read shallowly: a plain string left where it lies in the text, a scalar, or the index of
/// any other value, read in full, in the object's `values`.
enum JSONShallowValue {
    /// Plain text (see `JSONParser.skipPlainString`) at `start..<end` of the text: kept as it is when built.
    case plainString(start: Int32, end: Int32)
    case null
    case bool(Bool)
    /// A number that fits a 64-bit signed integer exactly.
    case integer(Int64)
    /// Any other number.
    case double(Double)
    /// Any other value: its index in the object's `values`.
    case stored(Int32)

    /// The shallow form of `value`: scalars as they are, anything else appended to `values` and named by its index.
    @inline(__always)
    init(_ value: JSONValue, storingIn values: inout [JSONValue]) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string, .array, .object:
            values.append(value)
            self = .stored(Int32(values.count - 1))
        }
    }

    /// Whether the value is `null`.
    @inline(__always)
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
