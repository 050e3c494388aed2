extension JSONValue {
    /// Compact JSON text of the value (strings escaped), for detail views, oddities and re-encoding.
    public var compactText: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// A short human rendering: strings bare, everything else as compact JSON.
    public var displayText: String {
        if case .string(let text) = self { return text }
        return compactText
    }

    /// Appends the compact JSON text of the value.
    public func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .double(let number):
            if number.isFinite {
                output += number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            } else {
                output += "null"
            }
        case .string(let text): JSONValue.writeQuoted(text, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeQuoted(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a JSON string literal. Runs of text that need no escape are appended whole: the
    /// demo and the proc source write every line they send through here.
    public static func writeQuoted(_ text: String, to output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let escape: String?
            switch utf8[index] {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case let byte where byte < 0x20 || byte == 0x7F:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                output += Substring(utf8[runStart..<index])
                output += escape
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += Substring(utf8[runStart..<utf8.endIndex])
        output += "\""
    }
}
