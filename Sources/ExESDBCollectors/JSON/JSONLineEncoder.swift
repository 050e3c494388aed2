import ExESDBMonitor

/// Encodes domain `JSONValue`s as compact single-line JSON, keys in the order given.
enum JSONLineEncoder {
    /// `value` as JSON text.
    static func encode(_ value: JSONValue) -> String {
        var output = ""
        append(value, to: &output)
        return output
    }

    /// An object value from ordered pairs.
    static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(JSONObject(pairs.map { JSONObject.Member($0.key, $0.value) }))
    }

    private static func append(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .double(let number): output += number.isFinite ? number.formatted(maximumFractionDigits: 3) : "null"
        case .string(let text): output += JSONStringEscaper.quoted(text)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                append(element, to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { output += "," }
                output += JSONStringEscaper.quoted(member.key)
                output += ":"
                append(member.value, to: &output)
            }
            output += "}"
        }
    }
}
