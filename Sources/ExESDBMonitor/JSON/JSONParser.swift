/// The cursor of one read: walks the bytes of one JSON text and builds its value. Recursive
/// descent; every string goes through `TextSanitizer` unless the caller reads its own files.
struct JSONParser {
    /// Where the text starts: never nil (an empty text points at an empty literal), so that reading a byte tests
    /// nothing but the offset the reader already checked against `byteCount`.
    private let base: UnsafeRawPointer
    private let byteCount: Int
    private let maxDepth: Int
    private let sanitizing: Bool
    /// The longest string kept, in UTF-8 bytes; longer ones are truncated with `…`.
    private let stringLimit: Int
    private var index = 0
    private var depth = 0
    /// Where the value starts, after leading whitespace.
    private(set) var firstValueOffset = 0
    /// Strings truncated, numbers clamped and huge integers met so far.
    private(set) var hits = LimitHits()
    /// Decoded bytes of the string being read, when it holds escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeRawBufferPointer, maxDepth: Int, sanitizing: Bool = true, stringLimit: Int = .max) {
        base = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
        byteCount = bytes.count
        self.maxDepth = maxDepth
        self.sanitizing = sanitizing
        self.stringLimit = stringLimit
    }

    /// Reads the one value of the text, with nothing but whitespace around it.
    mutating func readDocument() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        firstValueOffset = index
        let value = try readValue()
        skipWhitespace()
        guard index == byteCount else { throw unexpected(.trailingGarbage) }
        return value
    }

    /// Reads the one object of the text, with nothing but whitespace around it, keeping its members shallow:
    /// plain strings (see `skipPlainString`) as where they lie in the text, to be built only when read; every
    /// other value read in full; each key's `FieldKey` found as the key is read. Any other value is `notAnObject`.
    /// Offsets are kept in 32 bits: the text must be under 2 GiB (the decoder's lines are at most 1 MiB).
    /// The members go into `buffer` while it has room (the object must then not outlive it), the rest into an array.
    mutating func readShallowObjectDocument(
        membersIn buffer: UnsafeMutableBufferPointer<JSONShallowMember> = UnsafeMutableBufferPointer(start: nil, count: 0)
    ) throws(JSONReadError) -> JSONShallowObject {
        skipWhitespace()
        firstValueOffset = index
        guard try peek() == UInt8(ascii: "{") else {
            _ = try readValue()
            throw JSONReadError(.notAnObject, at: firstValueOffset)
        }
        try enterContainer()
        skipWhitespace()
        var object = JSONShallowObject(members: JSONShallowMembers(in: buffer))
        if try peek() != UInt8(ascii: "}") {
            while true {
                skipWhitespace()
                guard try peek() == UInt8(ascii: "\"") else { throw unexpected(.unexpectedCharacter) }
                index += 1
                let keyStart = index
                let key: JSONShallowMember.Key
                let field: FieldKey?
                if let (keyEnd, named) = skipPlainKey() {
                    key = .plain(start: Int32(keyStart), end: Int32(keyEnd))
                    field = named
                } else {
                    let name = try readStringSlowly(from: keyStart)
                    key = .decoded(Int32(object.decodedKeys.count))
                    field = FieldKey(rawValue: name)
                    object.decodedKeys.append(name)
                }
                skipWhitespace()
                guard try peek() == UInt8(ascii: ":") else { throw unexpected(.unexpectedCharacter) }
                index += 1
                let value = try readShallowValue(storingIn: &object.values)
                object.members.append(JSONShallowMember(key: key, field: field, value: value))
                if try isAtEnd(of: UInt8(ascii: "}")) { break }
            }
        }
        leaveContainer()
        skipWhitespace()
        guard index == byteCount else { throw unexpected(.trailingGarbage) }
        return object
    }

    /// A member's value: a plain string as where it lies, scalars as they are, anything else read in full and
    /// appended to `values`.
    @inline(__always)
    private mutating func readShallowValue(storingIn values: inout [JSONValue]) throws(JSONReadError) -> JSONShallowValue {
        skipWhitespace()
        guard index < byteCount else { throw endOfInput() }
        let value: JSONValue
        switch byte(at: index) {
        case UInt8(ascii: "\""):
            index += 1
            let start = index
            if let end = skipPlainString() { return .plainString(start: Int32(start), end: Int32(end)) }
            value = .string(try readStringSlowly(from: start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            value = try readNumber()
        default:
            value = try readValue()
        }
        return JSONShallowValue(value, storingIn: &values)
    }

    private mutating func readValue() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        guard index < byteCount else { throw endOfInput() }
        switch byte(at: index) {
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
        case UInt8(ascii: "N") where matches("NaN"), UInt8(ascii: "I") where matches("Infinity"):
            throw JSONReadError(.nonFiniteNumber, at: index, byte: byte(at: index))
        default:
            throw unexpected(.unexpectedCharacter)
        }
    }

    // MARK: Containers

    /// Room reserved for the members of the top-level object (protocol messages have about a
    /// dozen) and of nested containers, so that they grow once at most instead of step by step.
    private static let topLevelCapacity = 16
    private static let nestedCapacity = 4

    private mutating func readObject() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        var members: [JSONObject.Member] = []
        if try peek() != UInt8(ascii: "}") {
            members.reserveCapacity(depth == 1 ? Self.topLevelCapacity : Self.nestedCapacity)
            while true {
                skipWhitespace()
                guard try peek() == UInt8(ascii: "\"") else { throw unexpected(.unexpectedCharacter) }
                index += 1
                let key = try readString()
                skipWhitespace()
                guard try peek() == UInt8(ascii: ":") else { throw unexpected(.unexpectedCharacter) }
                index += 1
                members.append(JSONObject.Member(key, try readValue()))
                if try isAtEnd(of: UInt8(ascii: "}")) { break }
            }
        }
        leaveContainer()
        return .object(JSONObject(members))
    }

    private mutating func readArray() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        var elements: [JSONValue] = []
        if try peek() != UInt8(ascii: "]") {
            elements.reserveCapacity(Self.nestedCapacity)
            while true {
                elements.append(try readValue())
                if try isAtEnd(of: UInt8(ascii: "]")) { break }
            }
        }
        leaveContainer()
        return .array(elements)
    }

    /// Steps over the opening bracket of an array or object, one level deeper.
    private mutating func enterContainer() throws(JSONReadError) {
        depth += 1
        guard depth <= maxDepth else { throw JSONReadError(.tooDeep, at: index, byte: byte(at: index)) }
        index += 1
    }

    /// After a member or element: true at the container's closing `bracket`, false after a comma (stepped over).
    @inline(__always)
    private mutating func isAtEnd(of bracket: UInt8) throws(JSONReadError) -> Bool {
        skipWhitespace()
        let separator = try peek()
        if separator == bracket { return true }
        guard separator == UInt8(ascii: ",") else { throw unexpected(.unexpectedCharacter) }
        index += 1
        return false
    }

    /// Steps over the closing bracket of an array or object, one level up.
    @inline(__always)
    private mutating func leaveContainer() {
        index += 1
        depth -= 1
    }

    // MARK: Strings

    /// Reads a string whose opening quote is already consumed, through its closing quote.
    private mutating func readString() throws(JSONReadError) -> String {
        let start = index
        guard let end = skipPlainString() else { return try readStringSlowly(from: start) }
        let text = Self.plainString(in: bytes, from: start, to: end)
        return end - start > stringLimit ? capped(text) : text
    }

    /// Steps over a string whose opening quote is already consumed when it is plain — without escapes, and printable
    /// ASCII or valid UTF-8 holding no scalar the sanitiser would touch (`SanitizerScanner.isSpecial`), so that it
    /// needs no decoding or sanitising — and returns where its content ends (its closing quote). Otherwise returns
    /// nil with `index` where the plain part ends. ASCII is stepped over eight bytes at a time.
    @inline(__always)
    private mutating func skipPlainString() -> Int? {
        var cursor = index
        while true {
            if cursor + 8 <= byteCount {
                if let offset = ASCIIWord.firstNonPlainStringByte(word(at: cursor)) {
                    cursor += offset
                } else {
                    cursor += 8
                    continue
                }
            } else {
                while cursor < byteCount, ASCIIWord.isPlainStringContent(byte(at: cursor)) { cursor += 1 }
            }
            guard cursor < byteCount, byte(at: cursor) >= 0x80,
                  let length = Self.plainScalarLength(in: bytes, at: cursor, sanitizing: sanitizing)
            else { break }
            cursor += length
        }
        guard cursor < byteCount, byte(at: cursor) == UInt8(ascii: "\"") else {
            index = cursor
            return nil
        }
        index = cursor + 1
        return cursor
    }

    /// Steps over a key whose opening quote is already consumed when it is plain, as `skipPlainString` does, and
    /// returns where it ends with the `FieldKey` it names. A key of up to 24 printable ASCII bytes is named from the
    /// words its scan loads, without reading it again; any other is scanned and named the general way.
    @inline(__always)
    private mutating func skipPlainKey() -> (end: Int, field: FieldKey?)? {
        let start = index
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var cursor = start
        for part in 0..<3 {
            guard cursor + 8 <= byteCount else { break }
            var loaded = word(at: cursor)
            let offset = ASCIIWord.firstNonPlainStringByte(loaded)
            if let offset {
                guard offset > 0 || part > 0, byte(at: cursor + offset) == UInt8(ascii: "\"") else { break }
                loaded &= (1 &<< UInt64(8 * offset)) &- 1
            }
            switch part {
            case 0: words.0 = loaded
            case 1: words.1 = loaded
            default: words.2 = loaded
            }
            guard let offset else {
                cursor += 8
                continue
            }
            let end = cursor + offset
            index = end + 1
            return (end, FieldKey.named(byWords: words, in: bytes, from: start, to: end))
        }
        guard let end = skipPlainString() else { return nil }
        return (end, FieldKey.named(in: bytes, from: start, to: end))
    }

    /// The length of the valid UTF-8 sequence at `offset` of `bytes` (a byte from 0x80 up) when its scalar needs no
    /// sanitising (any valid one when strings are kept as sent), or nil: the slow path then reads the string.
    /// Static, so that calling it from a mutating method does not copy the parser.
    private static func plainScalarLength(in bytes: UnsafeRawBufferPointer, at offset: Int, sanitizing: Bool) -> Int? {
        let (scalar, length) = UTF8Sequence.decode(bytes, at: offset)
        guard length > 0, !sanitizing || !SanitizerScanner.isSpecial(scalar) else { return nil }
        return length
    }

    /// The plain text (see `skipPlainString`) at `start..<end` of `bytes` as a String: a ready-made one when it is a
    /// word of the protocol's vocabulary, else built.
    @inline(__always)
    static func plainString(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String {
        if let word = JSONVocabulary.protocolWords.word(in: bytes, from: start, to: end) { return word }
        return string(fromPlainText: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    }

    /// A string of bytes known to be valid UTF-8 (plain ASCII, or text `skipPlainString` stepped over); up to 15
    /// bytes are stored inline, without allocating.
    @inline(__always)
    private static func string(fromPlainText text: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: text.count) { destination in
            UnsafeMutableRawBufferPointer(destination).copyMemory(from: text)
            return text.count
        }
    }

    /// Reads the rest of a string that holds escapes, non-ASCII text or characters to sanitise.
    /// `start` is the offset just after the opening quote; `index` is where the plain part ends.
    private mutating func readStringSlowly(from start: Int) throws(JSONReadError) -> String {
        var isDecoding = false
        var runStart = start
        while index < byteCount {
            let byte = byte(at: index)
            switch byte {
            case UInt8(ascii: "\""):
                let end = index
                index += 1
                guard isDecoding else {
                    return limited(finishString(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
                }
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<end]))
                return limited(scratch.withUnsafeBytes { finishString($0) })
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

    /// Decodes the escape at `index` (a backslash) into the scratch buffer.
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
            let isFollowedByEscape = index + 1 < byteCount
                && byte(at: index) == UInt8(ascii: "\\") && byte(at: index + 1) == UInt8(ascii: "u")
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

    /// Reads a number. An integer of up to 18 digits (the wire's counts, sequences and epoch times) is read by
    /// one unchecked loop; anything else by `readNumberInFull`.
    @inline(__always)
    private mutating func readNumber() throws(JSONReadError) -> JSONValue {
        let isNegative = byte(at: index) == UInt8(ascii: "-")
        var cursor = isNegative ? index + 1 : index
        guard cursor < byteCount, byte(at: cursor) &- UInt8(ascii: "1") < 9 else { return try readNumberInFull() }
        let limit = min(byteCount, cursor + Self.uncheckedDigits)
        var magnitude: Int64 = 0
        while cursor < limit {
            let digit = byte(at: cursor) &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            magnitude = magnitude &* 10 &+ Int64(digit)
            cursor += 1
        }
        if cursor < byteCount {
            switch byte(at: cursor) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                return try readNumberInFull()
            default:
                break
            }
        }
        index = cursor
        return .integer(isNegative ? -magnitude : magnitude)
    }

    /// The most digits an integer may have to be read without overflow checks: any 18 digits fit in `Int64`.
    private static let uncheckedDigits = 18

    /// Reads any number: fractions, exponents, leading zeros, integers beyond 64 bits, malformed ones.
    private mutating func readNumberInFull() throws(JSONReadError) -> JSONValue {
        let start = index
        let isNegative = byte(at: index) == UInt8(ascii: "-")
        if isNegative { index += 1 }

        var significand: UInt64 = 0
        var significandOverflowed = false
        var decimalExponent = 0

        switch try peekNumberByte() {
        case UInt8(ascii: "0"):
            index += 1
            if index < byteCount, isDigit(byte(at: index)) { throw unexpected(.invalidNumber) }
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            readDigits(into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent, isFraction: false)
        case UInt8(ascii: "I") where matches("Infinity"):
            throw JSONReadError(.nonFiniteNumber, at: start, byte: byte(at: start))
        default:
            throw unexpected(.invalidNumber)
        }

        var isIntegral = true
        if index < byteCount, byte(at: index) == UInt8(ascii: ".") {
            isIntegral = false
            index += 1
            guard isDigit(try peekNumberByte()) else { throw unexpected(.invalidNumber) }
            readDigits(into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent, isFraction: true)
        }
        if index < byteCount, byte(at: index) | 0x20 == UInt8(ascii: "e") {
            isIntegral = false
            index += 1
            var exponentIsNegative = false
            if index < byteCount, byte(at: index) == UInt8(ascii: "+") || byte(at: index) == UInt8(ascii: "-") {
                exponentIsNegative = byte(at: index) == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(try peekNumberByte()) else { throw unexpected(.invalidNumber) }
            var exponent = 0
            while index < byteCount, isDigit(byte(at: index)) {
                exponent = min(exponent * 10 + Int(byte(at: index) - UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            decimalExponent += exponentIsNegative ? -exponent : exponent
        }

        if isIntegral && !significandOverflowed {
            if !isNegative, significand <= UInt64(Int64.max) { return .integer(Int64(significand)) }
            if isNegative, significand <= UInt64(Int64.max) + 1 { return .integer(Int64(truncatingIfNeeded: 0 &- significand)) }
        }
        if isIntegral { hits.hugeIntegers += 1 }
        return .double(try double(from: start, significand: significand, overflowed: significandOverflowed,
                              exponent: decimalExponent, isNegative: isNegative))
    }

    /// Accumulates decimal digits into `significand`; fraction digits lower `exponent` by one each.
    @inline(__always)
    private mutating func readDigits(
        into significand: inout UInt64, overflowed: inout Bool, exponent: inout Int, isFraction: Bool
    ) {
        while index < byteCount, isDigit(byte(at: index)) {
            let digit = UInt64(byte(at: index) - UInt8(ascii: "0"))
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
    private mutating func double(
        from start: Int, significand: UInt64, overflowed: Bool, exponent: Int, isNegative: Bool
    ) throws(JSONReadError) -> Double {
        if !overflowed, significand <= 1 << 53, (-22...22).contains(exponent) {
            let magnitude = Double(significand)
            let power = Self.exactPowersOfTen[abs(exponent)]
            let value = exponent < 0 ? magnitude / power : magnitude * power
            return isNegative ? -value : value
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw JSONReadError(.invalidNumber, at: start, byte: byte(at: start)) }
        guard value.isFinite else {
            hits.clampedNumbers += 1
            return isNegative ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude
        }
        return value
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The byte at `index` inside a number, where the end of input is a malformed number.
    @inline(__always)
    private func peekNumberByte() throws(JSONReadError) -> UInt8 {
        guard index < byteCount else { throw endOfInput() }
        return byte(at: index)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Bytes

    /// The text as a buffer, for the readers that take one.
    private var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: byteCount)
    }

    /// The byte at `offset`, which the caller has checked is inside the text.
    @inline(__always)
    private func byte(at offset: Int) -> UInt8 {
        base.load(fromByteOffset: offset, as: UInt8.self)
    }

    /// The eight bytes at `offset`, first byte lowest, which the caller has checked are inside the text.
    @inline(__always)
    private func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    // MARK: Literals, whitespace, errors

    /// Whether the bytes at `index` spell `literal`.
    private func matches(_ literal: StaticString) -> Bool {
        let expected = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        let at = byte(at: index) == UInt8(ascii: "-") ? index + 1 : index
        guard at + expected.count <= byteCount else { return false }
        return expected.indices.allSatisfy { byte(at: at + $0) == expected[$0] }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(JSONReadError) {
        let expected = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for letter in expected {
            guard try peek() == letter else { throw unexpected(.unexpectedCharacter) }
            index += 1
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < byteCount {
            switch byte(at: index) {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// The byte at `index`, or `unexpectedEnd`.
    @inline(__always)
    private func peek() throws(JSONReadError) -> UInt8 {
        guard index < byteCount else { throw endOfInput() }
        return byte(at: index)
    }

    private func endOfInput() -> JSONReadError {
        JSONReadError(.unexpectedEnd, at: byteCount)
    }

    /// An error of `kind` at `index`, or `invalidUTF8` when the byte there does not start valid UTF-8.
    private func unexpected(_ kind: JSONReadError.Kind) -> JSONReadError {
        guard index < byteCount else { return endOfInput() }
        let byte = byte(at: index)
        if byte >= 0x80, UTF8Sequence.decode(bytes, at: index).length == 0 {
            return JSONReadError(.invalidUTF8, at: index, byte: byte)
        }
        return JSONReadError(kind, at: index, byte: byte)
    }

    /// The string of decoded UTF-8 bytes, sanitised unless this parser keeps strings as sent.
    private func finishString(_ utf8: UnsafeRawBufferPointer) -> String {
        sanitizing ? TextSanitizer.clean(utf8: utf8) : String(decoding: utf8, as: UTF8.self)
    }

    /// `text`, or `text` cut to the string limit (counted) when longer.
    private mutating func limited(_ text: String) -> String {
        text.utf8.count > stringLimit ? capped(text) : text
    }

    /// `text` cut to the string limit, counted.
    private mutating func capped(_ text: String) -> String {
        hits.truncatedFields += 1
        return text.truncated(toUTF8Count: stringLimit)
    }
}
