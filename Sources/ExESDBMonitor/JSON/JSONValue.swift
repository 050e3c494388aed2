/// A JSON value as read from the wire: kept whole so detail views can show free-form maps
/// (details, context, metadata, findings, state_data) exactly as they arrived.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number that fits a 64-bit signed integer exactly.
    case integer(Int64)
    /// Any other number (fractions, exponents, integers too large for 64 bits).
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// Whether the value is `null`.
    @inline(__always)
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a string when it is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as a Double when it is a number.
    public var doubleValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    /// The value as an Int64 when it is an integral number.
    public var integerValue: Int64? {
        switch self {
        case .integer(let number): return number
        case .double(let number) where number.rounded() == number && abs(number) < 9.2e18: return Int64(number)
        default: return nil
        }
    }

    /// The value as an object when it is one.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The value as an array when it is one.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }
}

extension JSONValue {
    /// An object from ordered key–value pairs, as in `.object(pairs: ["node": .string("n1"), "count": .integer(2)])`.
    public static func object(pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(JSONObject(pairs.map { JSONObject.Member($0.key, $0.value) }))
    }
}
