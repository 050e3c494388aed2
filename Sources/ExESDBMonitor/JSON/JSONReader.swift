/// A strict, fast reader of JSON texts (RFC 8259), built for NDJSON lines.
///
/// - The whole input is one value, with optional whitespace around it; anything else after it is
///   `trailingGarbage`.
/// - Integral numbers without fraction or exponent that fit 64 bits become `.integer`; every other
///   number becomes `.double`, correctly rounded. Magnitudes beyond Double's range are clamped to the
///   largest finite Double of their sign (`1e400` reads as `1.7976931348623157e308`), tiny ones become ±0
///   (shown as `0`). `NaN` and `Infinity` are not JSON: `nonFiniteNumber`.
/// - Every string, key or value, passes through `TextSanitizer`: this is the one place where remote
///   text is made safe to draw. A lone UTF-16 surrogate in a `\u` escape becomes U+FFFD.
/// - Invalid UTF-8, raw control characters in strings and nesting deeper than `maxDepth` are errors.
public enum JSONReader {
    /// How deep arrays and objects may nest unless the caller says otherwise.
    public static let defaultMaxDepth = 64

    /// Reads the JSON value that makes up the whole of `bytes`.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth
    ) throws(JSONReadError) -> JSONValue {
        var parser = JSONParser(bytes, maxDepth: maxDepth)
        return try parser.readDocument()
    }

    /// Reads the JSON value that makes up the whole of `bytes`.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONReadError) -> JSONValue {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONReadError) in try parse(buffer, maxDepth: maxDepth) }
        }.get()
    }

    /// Reads the JSON value that makes up the whole of `bytes`; offsets count from the slice's start.
    public static func parse(
        _ bytes: ArraySlice<UInt8>, maxDepth: Int = defaultMaxDepth
    ) throws(JSONReadError) -> JSONValue {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONReadError) in try parse(buffer, maxDepth: maxDepth) }
        }.get()
    }

    /// Reads the JSON value that makes up the whole of `text`; offsets count UTF-8 bytes.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONReadError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONReadError) in try parse(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth) }
        }.get()
    }

    /// Reads the JSON object that makes up the whole of `bytes`; any other valid value is `notAnObject`.
    /// `sanitizing: false` keeps strings exactly as sent: only for our own files (recordings), never for
    /// text that will be drawn.
    public static func parseObject(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth, sanitizing: Bool = true
    ) throws(JSONReadError) -> JSONObject {
        var parser = JSONParser(bytes, maxDepth: maxDepth, sanitizing: sanitizing)
        guard case .object(let object) = try parser.readDocument() else {
            throw JSONReadError(.notAnObject, at: parser.firstValueOffset)
        }
        return object
    }

    /// Reads the JSON object that makes up the whole of `bytes`; any other valid value is `notAnObject`.
    public static func parseObject(
        _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, sanitizing: Bool = true
    ) throws(JSONReadError) -> JSONObject {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONReadError) in try parseObject(buffer, maxDepth: maxDepth, sanitizing: sanitizing) }
        }.get()
    }

    /// Reads the JSON object that makes up the whole of `bytes`; offsets count from the slice's start.
    public static func parseObject(
        _ bytes: ArraySlice<UInt8>, maxDepth: Int = defaultMaxDepth
    ) throws(JSONReadError) -> JSONObject {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONReadError) in try parseObject(buffer, maxDepth: maxDepth) }
        }.get()
    }

    /// Reads the JSON object that makes up the whole of `text`; offsets count UTF-8 bytes.
    public static func parseObject(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONReadError) -> JSONObject {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONReadError) in try parseObject(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth) }
        }.get()
    }
}
