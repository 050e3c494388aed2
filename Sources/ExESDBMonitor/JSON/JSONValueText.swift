extension JSONValue {
    /// Compact JSON text of the value (strings escaped), for detail views, oddities and re-encoding.
    public var compactText: String {
        var output: [UInt8] = []
        appendCompactText(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A short human rendering: strings bare, everything else as compact JSON.
    public var displayText: String {
        if case .string(let text) = self { return text }
        return compactText
    }

    /// Appends the compact JSON text of the value as UTF-8: the one writer of JSON text, used for `compactText`
    /// and by the sources that build their lines straight into bytes (the demo, /proc).
    public func appendCompactText(to output: inout [UInt8]) {
        switch self {
        case .null: Self.append("null", to: &output)
        case .bool(let flag): Self.append(flag ? "true" : "false", to: &output)
        case .integer(let number): Self.append(integer: number, to: &output)
        case .double(let number):
            if !number.isFinite {
                Self.append("null", to: &output)
            } else if number.rounded() == number && abs(number) < 1e15 {
                Self.append(integer: Int64(number), to: &output)
            } else {
                output.append(contentsOf: number.description.utf8)
            }
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.appendCompactText(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.appendCompactText(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, LF, CR and TAB as `\n`, `\r`, `\t`, every
    /// other control character and DEL as `\u00XX`; every other byte as it is.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
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
