/// Reads a message's fields leniently, by key: either of two field names, any JSON type where a number or text
/// belongs. A value of the wrong kind is kept as an `Oddity`; a missing required field is remembered so the
/// decoder can reject the line with its name.
///
/// A reader made by the decoder reads straight from the line's bytes (plain strings are built only when read,
/// timestamps never are) and must not outlive the decode; one made from a `JSONObject` owns its values.
public struct FieldReader {
    /// Fields whose values were of the wrong kind, in the order met.
    public private(set) var oddities: [Oddity] = []
    /// The first required field found missing.
    public private(set) var missingField: String?
    /// The longest name kept, in UTF-8 bytes; longer names are cut with `…`.
    public var nameLimit = DecodeLimits.defaultNameLength
    /// The longest other text kept, in UTF-8 bytes; longer text is cut with `…`.
    public var textLimit = Int.max
    /// Names and texts cut to their limits.
    public private(set) var truncatedTexts = 0

    /// The text the members' plain strings and keys lie in; empty for a reader made from an object.
    private let line: UnsafeRawBufferPointer
    private let object: JSONShallowObject
    private var slots = FieldSlots()

    /// A reader of an object's members.
    public init(_ object: JSONObject) {
        self.init(line: UnsafeRawBufferPointer(start: nil, count: 0), object: JSONShallowObject(object))
    }

    /// A reader of `object`, read shallowly from `line`, which must stay valid while the reader is used.
    init(line: UnsafeRawBufferPointer, object: JSONShallowObject) {
        self.line = line
        self.object = object
        for index in object.members.indices {
            if let field = object.members[index].field { slots.noteFirst(field, at: index) }
        }
    }

    // MARK: Finding values

    /// The index of the first member named `key`, null included.
    ///
    /// This and the other lookups are `mutating` although they change nothing: the reader is large (its slots take
    /// 128 bytes), and a non-mutating call on an `inout` reader copies it whole first.
    @inline(__always)
    mutating func index(of key: FieldKey) -> Int? {
        guard let index = slots[key] else { return nil }
        guard index == FieldSlots.beyond - 1 else { return index }
        for candidate in index..<object.members.count where object.members[candidate].field == key { return candidate }
        return nil
    }

    /// The value of member `index` as it was read: a plain string still in the line.
    mutating func shallowValue(at index: Int) -> JSONShallowValue {
        object.members[index].value
    }

    /// The first member with a non-null value under `key`, or else under `alternate`, with the key it was found
    /// under.
    @inline(__always)
    private mutating func lookup(_ key: FieldKey, or alternate: FieldKey?) -> (key: FieldKey, index: Int)? {
        if let index = index(of: key), !object.members[index].value.isNull { return (key, index) }
        if let alternate, let index = index(of: alternate), !object.members[index].value.isNull { return (alternate, index) }
        return nil
    }

    /// The plain text at `start..<end` of the line, cut to the text limit.
    private mutating func plainText(from start: Int, to end: Int) -> String {
        let text = JSONParser.plainString(in: line, from: start, to: end)
        guard end - start > textLimit else { return text }
        truncatedTexts += 1
        return text.truncated(toUTF8Count: textLimit)
    }

    /// The value of member `index` in full: a plain string built.
    mutating func materialized(_ index: Int) -> JSONValue {
        switch object.members[index].value {
        case .plainString(let start, let end): .string(plainText(from: Int(start), to: Int(end)))
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let number): .integer(number)
        case .double(let number): .double(number)
        case .stored(let stored): object.values[Int(stored)]
        }
    }

    // MARK: Typed readers

    /// A raw JSON value (maps such as details, context, metadata).
    public mutating func value(_ key: FieldKey, or alternate: FieldKey? = nil) -> JSONValue? {
        lookup(key, or: alternate).map { materialized($0.index) }
    }

    /// Text: strings as they are, numbers and booleans as their text, lists and maps as compact JSON (an oddity).
    public mutating func text(_ key: FieldKey, or alternate: FieldKey? = nil) -> String? {
        guard let (name, index) = lookup(key, or: alternate) else { return nil }
        if case .plainString(let start, let end) = object.members[index].value {
            return plainText(from: Int(start), to: Int(end))
        }
        let value = materialized(index)
        switch value {
        case .string(let text): return text
        case .integer, .double, .bool: return value.compactText
        default:
            let text = value.compactText
            oddities.append(Oddity(field: name.rawValue, text: text))
            return text
        }
    }

    /// Text that the message cannot live without; when absent, `missingField` names `key`.
    public mutating func requiredText(_ key: FieldKey, or alternate: FieldKey? = nil) -> String? {
        let found = text(key, or: alternate)
        if found == nil || found?.isEmpty == true, missingField == nil { missingField = key.rawValue }
        return found?.isEmpty == true ? nil : found
    }

    /// A name (node, operation, component, check, metric, store, alert id): text cut to `nameLimit` bytes.
    public mutating func name(_ key: FieldKey, or alternate: FieldKey? = nil) -> String? {
        text(key, or: alternate).map { limitedName($0) }
    }

    /// A name the message cannot live without; when absent, `missingField` names `key`.
    public mutating func requiredName(_ key: FieldKey, or alternate: FieldKey? = nil) -> String? {
        requiredText(key, or: alternate).map { limitedName($0) }
    }

    private mutating func limitedName(_ name: String) -> String {
        guard name.utf8.count > nameLimit else { return name }
        truncatedTexts += 1
        return name.truncated(toUTF8Count: nameLimit)
    }

    /// A number: JSON numbers, or strings holding one. Anything else (or a non-finite value) is an oddity.
    public mutating func number(_ key: FieldKey, or alternate: FieldKey? = nil) -> Double? {
        guard let (name, index) = lookup(key, or: alternate) else { return nil }
        let value = materialized(index)
        switch value {
        case .integer(let number): return Double(number)
        case .double(let number) where number.isFinite: return number
        case .string(let text):
            if let number = Double(text), number.isFinite { return number }
        default: break
        }
        oddities.append(Oddity(field: name.rawValue, text: value.compactText))
        return nil
    }

    /// A whole number; fractions are truncated toward zero, anything else is an oddity.
    public mutating func integer(_ key: FieldKey, or alternate: FieldKey? = nil) -> Int? {
        guard let (name, index) = lookup(key, or: alternate) else { return nil }
        let value = materialized(index)
        if case .integer(let number) = value, let whole = Int(exactly: number) { return whole }
        if let number = value.doubleValue ?? value.stringValue.flatMap(Double.init), number.isFinite,
           abs(number) < 9e18 {
            return Int(number)
        }
        oddities.append(Oddity(field: name.rawValue, text: value.compactText))
        return nil
    }

    /// A boolean: JSON booleans or the strings "true"/"false".
    public mutating func bool(_ key: FieldKey, or alternate: FieldKey? = nil) -> Bool? {
        guard let (name, index) = lookup(key, or: alternate) else { return nil }
        let value = materialized(index)
        switch value {
        case .bool(let flag): return flag
        case .string("true"), .string(":true"): return true
        case .string("false"), .string(":false"): return false
        default:
            oddities.append(Oddity(field: name.rawValue, text: value.compactText))
            return nil
        }
    }

    /// A list of names: an array's elements as text, or a single string as a one-element list.
    public mutating func textList(_ key: FieldKey, or alternate: FieldKey? = nil) -> [String] {
        guard let (name, index) = lookup(key, or: alternate) else { return [] }
        let value = materialized(index)
        switch value {
        case .array(let elements): return elements.map(\.displayText)
        case .string(let text): return [text]
        default:
            oddities.append(Oddity(field: name.rawValue, text: value.compactText))
            return []
        }
    }

    /// An enumerated value; a list or map where a name belongs is kept as unknown text and an oddity.
    public mutating func enumeration<Value: WireEnumeration>(
        _ type: Value.Type, _ key: FieldKey, or alternate: FieldKey? = nil
    ) -> Value? {
        text(key, or: alternate).map { Value(wireText: $0) }
    }

    /// A timestamp in any accepted form; an unreadable one is an oddity. A plain string is read in place.
    public mutating func timestamp(_ key: FieldKey, or alternate: FieldKey? = nil) -> Timestamp? {
        guard let (name, index) = lookup(key, or: alternate) else { return nil }
        if case .plainString(let start, let end) = object.members[index].value {
            let text = UnsafeRawBufferPointer(rebasing: line[Int(start)..<Int(end)])
            if let seconds = Timestamp.parseProtocolISO8601(bytes: text) ?? Timestamp.parseISO8601(bytes: text) {
                return Timestamp(seconds: seconds)
            }
        }
        let value = materialized(index)
        if let time = Timestamp(wire: value) { return time }
        oddities.append(Oddity(field: name.rawValue, text: value.compactText))
        return nil
    }

    /// Every member whose key is not among `keys`, in wire order, with its value in full.
    public mutating func members(excluding keys: [FieldKey]) -> [JSONObject.Member] {
        var kept: [JSONObject.Member] = []
        for index in object.members.indices {
            if let key = object.members[index].field, keys.contains(key) { continue }
            let name: String
            switch object.members[index].key {
            case .plain(let start, let end): name = plainText(from: Int(start), to: Int(end))
            case .decoded(let decoded): name = object.decodedKeys[Int(decoded)]
            }
            kept.append(JSONObject.Member(name, materialized(index)))
        }
        return kept
    }

    /// Records an oddity found by a message's own reading.
    public mutating func note(_ oddity: Oddity) {
        oddities.append(oddity)
    }
}
