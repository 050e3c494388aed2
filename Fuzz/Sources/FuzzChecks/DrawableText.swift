import ExESDBMonitor

/// The promise of `TextSanitizer`: text that reaches the screen holds no C0 or C1 control, ESC, DEL, bidi
/// control, zero-width character, byte order mark or variation selector 15/16.
public enum DrawableText {
    /// The first scalar of `text` that must never be drawn, if any.
    public static func firstForbiddenScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    /// True for the scalars the sanitizer removes or replaces.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069,
             0xFE0E, 0xFE0F, 0xFEFF:
            true
        default:
            false
        }
    }

    /// Stops the fuzzer when any string inside `value` (found by walking its stored properties, enum payloads
    /// and collections) holds a forbidden scalar; `origin` names `value` in the message.
    public static func require(_ value: Any, from origin: String) {
        if let found = forbiddenText(in: value) {
            Invariant.require(false, "undrawable text at \(origin)\(found)")
        }
    }

    /// Where the first undrawable string is, relative to `value`, and what it holds; nil when all are drawable.
    /// The path is only built on the way back from a find.
    private static func forbiddenText(in value: Any) -> String? {
        if let text = value as? String {
            guard let scalar = firstForbiddenScalar(in: text) else { return nil }
            return ": U+\(String(scalar.value, radix: 16, uppercase: true)) in \(text.debugDescription)"
        }
        if let json = value as? JSONValue {
            return forbiddenText(in: json)
        }
        if value is Substring || value is Character {
            return forbiddenText(in: String(describing: value))
        }
        for (offset, child) in Mirror(reflecting: value).children.enumerated() {
            if let found = forbiddenText(in: child.value) { return ".\(child.label ?? "[\(offset)]")\(found)" }
        }
        return nil
    }

    /// JSON values are walked directly: they are most of what an event holds, and reflection is slow.
    private static func forbiddenText(in json: JSONValue) -> String? {
        switch json {
        case .string(let text):
            return forbiddenText(in: text)
        case .array(let elements):
            for (offset, element) in elements.enumerated() {
                if let found = forbiddenText(in: element) { return "[\(offset)]\(found)" }
            }
        case .object(let object):
            for member in object.members {
                if let found = forbiddenText(in: member.key) { return " key\(found)" }
                if let found = forbiddenText(in: member.value) { return ".\(member.key)\(found)" }
            }
        case .null, .bool, .integer, .double:
            break
        }
        return nil
    }
}
