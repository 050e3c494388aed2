import ExESDBMonitor

/// The compact JSON text of a value, `JSONValue.compactText` to the byte, written straight into bytes: the
/// demo and the proc source build every line they send this way, where appending to a `String` and copying
/// it out again as UTF-8 cost more than building the values.
enum JSONBytes {
    /// The line of `object`.
    static func line(_ object: JSONObject) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        append(.object(object), to: &output)
        return output
    }

    /// Appends `"key":value` to an object written member by member into `output`: `{` comes before the first
    /// member (when `output` is empty), `,` before the others; the writer closes it with `}`.
    static func appendMember(_ key: String, _ value: JSONValue, to output: inout [UInt8]) {
        output.append(output.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        appendQuoted(key, to: &output)
        output.append(UInt8(ascii: ":"))
        append(value, to: &output)
    }

    /// Appends the compact JSON text of `value`.
    static func append(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &output)
        case .bool(let flag): append(flag ? "true" : "false", to: &output)
        case .integer(let number): append(integer: number, to: &output)
        case .double(let number):
            if !number.isFinite {
                append("null", to: &output)
            } else if number.rounded() == number && abs(number) < 1e15 {
                append(integer: Int64(number), to: &output)
            } else {
                output.append(contentsOf: number.description.utf8)
            }
        case .string(let text): appendQuoted(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                append(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string literal, escaping as `JSONValue.writeQuoted` does.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &output)
            case UInt8(ascii: "\\"): append("\\\\", to: &output)
            case 0x0A: append("\\n", to: &output)
            case 0x0D: append("\\r", to: &output)
            case 0x09: append("\\t", to: &output)
            case let byte where byte < 0x20 || byte == 0x7F:
                append("\\u00", to: &output)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func append(_ text: StaticString, to output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `number`.
    private static func append(integer number: Int64, to output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(24 - count)...])
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
