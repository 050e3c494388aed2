/// Why a line was not accepted. Counts are kept per reason and shown on screen.
public enum RejectionReason: String, Sendable, Hashable, CaseIterable {
    /// A line starting with `{` that is not valid JSON (trailing garbage included).
    case invalidJSON = "invalid JSON"
    /// Valid JSON that is not an object.
    case notAnObject = "not a JSON object"
    /// An object without a string `type`.
    case missingType = "missing type"
    /// A `type` this version does not know.
    case unknownType = "unknown type"
    /// A field the type cannot live without is absent.
    case missingField = "missing field"
    /// Bytes that are not UTF-8.
    case invalidUTF8 = "invalid UTF-8"
    /// Longer than the 1 MiB line limit.
    case lineTooLong = "line too long"
    /// Arrays and objects nested deeper than the decoder's limit (64 levels).
    case tooDeep = "nested too deeply"
    /// A `NaN`, `Infinity` or `-Infinity` literal, which JSON does not have.
    case nonFiniteNumber = "NaN or Infinity"
}
