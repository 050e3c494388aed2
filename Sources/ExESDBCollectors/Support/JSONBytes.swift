import ExESDBMonitor

/// Lines of JSON written straight into bytes (`JSONValue.appendCompactText`): the demo and the proc source build
/// every line they send this way, where appending to a `String` and copying it out again as UTF-8 cost more than
/// building the values.
enum JSONBytes {
    /// The line of `object`.
    static func line(_ object: JSONObject) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        JSONValue.object(object).appendCompactText(to: &output)
        return output
    }

    /// Appends `"key":value` to an object written member by member into `output`: `{` comes before the first
    /// member (when `output` is empty), `,` before the others; the writer closes it with `}`.
    static func appendMember(_ key: String, _ value: JSONValue, to output: inout [UInt8]) {
        output.append(output.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        JSONValue.appendQuoted(key, to: &output)
        output.append(UInt8(ascii: ":"))
        value.appendCompactText(to: &output)
    }
}
