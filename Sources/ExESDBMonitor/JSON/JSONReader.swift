/// A strict, fast reader of one JSON text (RFC 8259), built for NDJSON lines.
///
/// - The whole input is one value, with optional whitespace around it; anything else after it is
///   `trailingGarbage`.
/// - Integral numbers without fraction or exponent that fit 64 bits become `.integer`; every other
///   number becomes `.double`, correctly rounded. Magnitudes beyond Double's range become ±infinity
///   (`1e400` reads as `+infinity`), tiny ones become ±0.
/// - Every string, key or value, passes through `TextSanitizer`: this is the one place where remote
///   text is made safe to draw. A lone UTF-16 surrogate in a `\u` escape becomes U+FFFD.
/// - Invalid UTF-8, raw control characters in strings and nesting deeper than `maxDepth` are errors.
public struct JSONReader {
    /// How deep arrays and objects may nest unless the caller says otherwise.
    public static let defaultMaxDepth = 64

    /// Reads the JSON value that makes up the whole of `bytes`.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth
    ) throws(JSONReadError) -> JSONValue {
        var reader = JSONReader(bytes, maxDepth: maxDepth)
        return try reader.readDocument()
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
        var reader = JSONReader(bytes, maxDepth: maxDepth, sanitizing: sanitizing)
        let value = try reader.readDocument()
        guard case .object(let object) = value else {
            throw JSONReadError(.notAnObject, at: reader.firstValueOffset)
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

    private let bytes: UnsafeRawBufferPointer
    private let maxDepth: Int
    private let sanitizing: Bool
    private var index = 0
    private var depth = 0
    private var firstValueOffset = 0
    /// Decoded string bytes, for strings with escapes.
    private var scratch: [UInt8] = []

    private init(_ bytes: UnsafeRawBufferPointer, maxDepth: Int, sanitizing: Bool = true) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.sanitizing = sanitizing
    }

    private mutating func readDocument() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        firstValueOffset = index
        let value = try readValue()
        skipWhitespace()
        guard index == bytes.count else { throw unexpected(.trailingGarbage) }
        return value
    }

    private mutating func readValue() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw endOfInput() }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            return .string(try readString())
        case UInt8(ascii: "{"):
            return try readObject()
        case UInt8(ascii: "["):
            return try readArray()
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        default:
            throw unexpected(.unexpectedCharacter)
        }
    }

    // MARK: Containers

    private mutating func readObject() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        var members: [JSONObject.Member] = []
        if try peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard try peek() == UInt8(ascii: "\"") else { throw unexpected(.unexpectedCharacter) }
            index += 1
            let key = try readString()
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw unexpected(.unexpectedCharacter) }
            index += 1
            let value = try readValue()
            members.append(JSONObject.Member(key, value))
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return .object(JSONObject(members))
            default:
                throw unexpected(.unexpectedCharacter)
            }
        }
    }

    private mutating func readArray() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        var elements: [JSONValue] = []
        if try peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try readValue())
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .array(elements)
            default:
                throw unexpected(.unexpectedCharacter)
            }
        }
    }

    /// Steps over the opening bracket of an array or object, one level deeper.
    private mutating func enterContainer() throws(JSONReadError) {
        depth += 1
        guard depth <= maxDepth else { throw JSONReadError(.tooDeep, at: index, byte: bytes[index]) }
        index += 1
    }

    // MARK: Strings

    /// Reads a string whose opening quote is already consumed, through its closing quote.
    private mutating func readString() throws(JSONReadError) -> String {
        let start = index
        var cursor = index
        while cursor + 8 <= bytes.count, ASCIIWord.isPlainStringContent(ASCIIWord.load(bytes, at: cursor)) {
            cursor += 8
        }
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                index = cursor + 1
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)
            }
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\\") { break }
            cursor += 1
        }
        index = cursor
        return try readStringSlowly(from: start)
    }

    /// Reads the rest of a string that holds escapes, non-ASCII text or characters to sanitise.
    /// `start` is the offset just after the opening quote; `index` is where the plain part ends.
    private mutating func readStringSlowly(from start: Int) throws(JSONReadError) -> String {
        var isDecoding = false
        var runStart = start
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                guard isDecoding else {
                    return finishString(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                }
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                return scratch.withUnsafeBytes { finishString($0) }
            case UInt8(ascii: "\\"):
                if !isDecoding {
                    isDecoding = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                try readEscape()
                runStart = index
            case 0..<0x20:
                throw JSONReadError(.controlCharacterInString, at: index, byte: byte)
            case 0x20..<0x80:
                index += 1
            default:
                let length = UTF8Sequence.decode(bytes, at: index).length
                guard length > 0 else { throw JSONReadError(.invalidUTF8, at: index, byte: byte) }
                index += length
            }
        }
        throw endOfInput()
    }

    /// The string of decoded UTF-8 bytes, sanitised unless this reader keeps strings as sent.
    private func finishString(_ utf8: UnsafeRawBufferPointer) -> String {
        sanitizing ? TextSanitizer.clean(utf8: utf8) : String(decoding: utf8, as: UTF8.self)
    }

    /// Decodes the escape at `index` (a backslash) into `scratch`.
    private mutating func readEscape() throws(JSONReadError) {
        index += 1
        let letter = try peek()
        let decoded: UInt8
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = letter
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            index += 1
            UTF8Sequence.encode(try readUnicodeEscape(), into: &scratch)
            return
        default:
            throw unexpected(.invalidEscape)
        }
        index += 1
        scratch.append(decoded)
    }

    /// Reads the four hex digits after `\u` (and a second `\uXXXX` completing a surrogate pair),
    /// returning the scalar; a lone surrogate reads as U+FFFD.
    private mutating func readUnicodeEscape() throws(JSONReadError) -> UInt32 {
        let unit = try readHexQuad()
        switch unit {
        case 0xD800...0xDBFF:
            let isFollowedByEscape = index + 1 < bytes.count
                && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
            guard isFollowedByEscape else { return 0xFFFD }
            let resume = index
            index += 2
            let low = try readHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                index = resume
                return 0xFFFD
            }
            return 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            return 0xFFFD
        default:
            return unit
        }
    }

    private mutating func readHexQuad() throws(JSONReadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt8
            switch try peek() {
            case let byte where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte): digit = byte - UInt8(ascii: "0")
            case let byte where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte): digit = byte - UInt8(ascii: "a") + 10
            case let byte where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte): digit = byte - UInt8(ascii: "A") + 10
            default: throw unexpected(.invalidEscape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: Numbers

    private mutating func readNumber() throws(JSONReadError) -> JSONValue {
        let start = index
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }

        var significand: UInt64 = 0
        var significandOverflowed = false
        var decimalExponent = 0

        switch try peekNumberByte() {
        case UInt8(ascii: "0"):
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw unexpected(.invalidNumber) }
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            readDigits(into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent, isFraction: false)
        default:
            throw unexpected(.invalidNumber)
        }

        var isIntegral = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isIntegral = false
            index += 1
            guard isDigit(try peekNumberByte()) else { throw unexpected(.invalidNumber) }
            readDigits(into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent, isFraction: true)
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isIntegral = false
            index += 1
            var exponentIsNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentIsNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(try peekNumberByte()) else { throw unexpected(.invalidNumber) }
            var exponent = 0
            while index < bytes.count, isDigit(bytes[index]) {
                exponent = min(exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            decimalExponent += exponentIsNegative ? -exponent : exponent
        }

        if isIntegral && !significandOverflowed {
            if !isNegative, significand <= UInt64(Int64.max) { return .integer(Int64(significand)) }
            if isNegative, significand <= UInt64(Int64.max) + 1 { return .integer(Int64(truncatingIfNeeded: 0 &- significand)) }
        }
        return .double(double(from: start, significand: significand, overflowed: significandOverflowed,
                              exponent: decimalExponent, isNegative: isNegative))
    }

    /// Accumulates decimal digits into `significand`; fraction digits lower `exponent` by one each.
    @inline(__always)
    private mutating func readDigits(
        into significand: inout UInt64, overflowed: inout Bool, exponent: inout Int, isFraction: Bool
    ) {
        while index < bytes.count, isDigit(bytes[index]) {
            let digit = UInt64(bytes[index] - UInt8(ascii: "0"))
            let (times10, overflow1) = significand.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 {
                overflowed = true
            } else {
                significand = sum
            }
            if isFraction { exponent -= 1 }
            index += 1
        }
    }

    /// The number between `start` and `index` as a Double. Exact when the significand fits 53 bits
    /// and the power of ten is exactly representable (one correctly rounded operation); otherwise
    /// the standard library's correctly rounded conversion reads the text.
    private func double(from start: Int, significand: UInt64, overflowed: Bool, exponent: Int, isNegative: Bool) -> Double {
        if !overflowed, significand <= 1 << 53, (-22...22).contains(exponent) {
            let magnitude = Double(significand)
            let power = Self.exactPowersOfTen[abs(exponent)]
            let value = exponent < 0 ? magnitude / power : magnitude * power
            return isNegative ? -value : value
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { preconditionFailure("a grammatical JSON number is a Double") }
        return value
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The byte at `index` inside a number, where the end of input is a malformed number.
    private func peekNumberByte() throws(JSONReadError) -> UInt8 {
        guard index < bytes.count else { throw endOfInput() }
        return bytes[index]
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Literals, whitespace, errors

    private mutating func readLiteral(_ literal: StaticString) throws(JSONReadError) {
        let expected = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for letter in expected {
            guard try peek() == letter else { throw unexpected(.unexpectedCharacter) }
            index += 1
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// The byte at `index`, or `unexpectedEnd`.
    @inline(__always)
    private func peek() throws(JSONReadError) -> UInt8 {
        guard index < bytes.count else { throw endOfInput() }
        return bytes[index]
    }

    private func endOfInput() -> JSONReadError {
        JSONReadError(.unexpectedEnd, at: bytes.count)
    }

    /// An error of `kind` at `index`, or `invalidUTF8` when the byte there does not start valid UTF-8.
    private func unexpected(_ kind: JSONReadError.Kind) -> JSONReadError {
        guard index < bytes.count else { return endOfInput() }
        let byte = bytes[index]
        if byte >= 0x80, UTF8Sequence.decode(bytes, at: index).length == 0 {
            return JSONReadError(.invalidUTF8, at: index, byte: byte)
        }
        return JSONReadError(kind, at: index, byte: byte)
    }
}
