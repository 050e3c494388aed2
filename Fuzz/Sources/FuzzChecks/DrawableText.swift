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
    /// and collections) holds a forbidden scalar; `origin` says what `value` is.
    public static func require(_ value: Any, from origin: String) {
        if let path = pathToForbiddenText(in: value, path: origin) {
            Invariant.require(false, "undrawable text at \(path)")
        }
    }

    private static func pathToForbiddenText(in value: Any, path: String) -> String? {
        if let text = value as? String {
            guard let scalar = firstForbiddenScalar(in: text) else { return nil }
            return "\(path): U+\(String(scalar.value, radix: 16, uppercase: true)) in \(text.debugDescription)"
        }
        if value is Substring || value is Character {
            return pathToForbiddenText(in: String(describing: value), path: path)
        }
        for (offset, child) in Mirror(reflecting: value).children.enumerated() {
            let name = child.label ?? "[\(offset)]"
            if let found = pathToForbiddenText(in: child.value, path: "\(path).\(name)") { return found }
        }
        return nil
    }
}
