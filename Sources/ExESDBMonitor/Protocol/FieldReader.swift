/// Reads a message's fields leniently from a JSON object: either of two field names, any JSON type where a
/// number or text belongs. A value of the wrong kind is kept as an `Oddity`; a missing required field is
/// remembered so the decoder can reject the line with its name.
public struct FieldReader {
    /// The object being read.
    public let object: JSONObject
    /// Fields whose values were of the wrong kind, in the order met.
    public private(set) var oddities: [Oddity] = []
    /// The first required field found missing.
    public private(set) var missingField: String?
    /// The longest name kept, in UTF-8 bytes; longer names are cut with `…`.
    public var nameLimit = DecodeLimits.defaultNameLength
    /// Names cut to `nameLimit`.
    public private(set) var truncatedNames = 0

    public init(_ object: JSONObject) {
        self.object = object
    }

    /// The first non-null value under `key`, or else under `alternate`, with the name it was found under.
    public func lookup(_ key: String, or alternate: String? = nil) -> (key: String, value: JSONValue)? {
        if let value = object[key], !value.isNull { return (key, value) }
        if let alternate, let value = object[alternate], !value.isNull { return (alternate, value) }
        return nil
    }

    /// A raw JSON value (maps such as details, context, metadata).
    public func value(_ key: String, or alternate: String? = nil) -> JSONValue? {
        lookup(key, or: alternate)?.value
    }

    /// Text: strings as they are, numbers and booleans as their text, lists and maps as compact JSON (an oddity).
    public mutating func text(_ key: String, or alternate: String? = nil) -> String? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        switch value {
        case .string(let text): return text
        case .integer, .double, .bool: return value.compactText
        default:
            let text = value.compactText
            oddities.append(Oddity(field: name, text: text))
            return text
        }
    }

    /// Text that the message cannot live without; when absent, `missingField` names `key`.
    public mutating func requiredText(_ key: String, or alternate: String? = nil) -> String? {
        let found = text(key, or: alternate)
        if found == nil || found?.isEmpty == true, missingField == nil { missingField = key }
        return found?.isEmpty == true ? nil : found
    }

    /// A name (node, operation, component, check, metric, store, alert id): text cut to `nameLimit` bytes.
    public mutating func name(_ key: String, or alternate: String? = nil) -> String? {
        text(key, or: alternate).map { limitedName($0) }
    }

    /// A name the message cannot live without; when absent, `missingField` names `key`.
    public mutating func requiredName(_ key: String, or alternate: String? = nil) -> String? {
        requiredText(key, or: alternate).map { limitedName($0) }
    }

    private mutating func limitedName(_ name: String) -> String {
        guard name.utf8.count > nameLimit else { return name }
        truncatedNames += 1
        return name.truncated(toUTF8Count: nameLimit)
    }

    /// A number: JSON numbers, or strings holding one. Anything else (or a non-finite value) is an oddity.
    public mutating func number(_ key: String, or alternate: String? = nil) -> Double? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        switch value {
        case .integer(let number): return Double(number)
        case .double(let number) where number.isFinite: return number
        case .string(let text):
            if let number = Double(text), number.isFinite { return number }
        default: break
        }
        oddities.append(Oddity(field: name, text: value.compactText))
        return nil
    }

    /// A whole number; fractions are truncated toward zero, anything else is an oddity.
    public mutating func integer(_ key: String, or alternate: String? = nil) -> Int? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        if case .integer(let number) = value, let whole = Int(exactly: number) { return whole }
        if let number = value.doubleValue ?? value.stringValue.flatMap(Double.init), number.isFinite,
           abs(number) < 9e18 {
            return Int(number)
        }
        oddities.append(Oddity(field: name, text: value.compactText))
        return nil
    }

    /// A boolean: JSON booleans or the strings "true"/"false".
    public mutating func bool(_ key: String, or alternate: String? = nil) -> Bool? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        switch value {
        case .bool(let flag): return flag
        case .string("true"), .string(":true"): return true
        case .string("false"), .string(":false"): return false
        default:
            oddities.append(Oddity(field: name, text: value.compactText))
            return nil
        }
    }

    /// A list of names: an array's elements as text, or a single string as a one-element list.
    public mutating func textList(_ key: String, or alternate: String? = nil) -> [String] {
        guard let (name, value) = lookup(key, or: alternate) else { return [] }
        switch value {
        case .array(let elements): return elements.map(\.displayText)
        case .string(let text): return [text]
        default:
            oddities.append(Oddity(field: name, text: value.compactText))
            return []
        }
    }

    /// An enumerated value; a list or map where a name belongs is kept as unknown text and an oddity.
    public mutating func enumeration<Value: WireEnumeration>(
        _ type: Value.Type, _ key: String, or alternate: String? = nil
    ) -> Value? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        switch value {
        case .string(let text): return Value(wireText: text)
        case .integer, .double, .bool: return Value(wireText: value.compactText)
        default:
            let text = value.compactText
            oddities.append(Oddity(field: name, text: text))
            return Value(wireText: text)
        }
    }

    /// A timestamp in any accepted form; an unreadable one is an oddity.
    public mutating func timestamp(_ key: String, or alternate: String? = nil) -> Timestamp? {
        guard let (name, value) = lookup(key, or: alternate) else { return nil }
        if let time = Timestamp(wire: value) { return time }
        oddities.append(Oddity(field: name, text: value.compactText))
        return nil
    }

    /// Records an oddity found by a message's own reading.
    public mutating func note(_ oddity: Oddity) {
        oddities.append(oddity)
    }
}
