import Testing
@testable import ExESDBMonitor

private func parse(_ text: String, maxDepth: Int = JSONReader.defaultMaxDepth) throws(JSONReadError) -> JSONValue {
    try JSONReader.parse(text, maxDepth: maxDepth)
}

private func parse(bytes: [UInt8]) throws(JSONReadError) -> JSONValue {
    try JSONReader.parse(bytes)
}

/// The error reading `text` raises, or nil when it reads.
private func error(reading text: String, maxDepth: Int = JSONReader.defaultMaxDepth) -> JSONReadError? {
    readError { () throws(JSONReadError) in _ = try parse(text, maxDepth: maxDepth) }
}

private func error(reading bytes: [UInt8]) -> JSONReadError? {
    readError { () throws(JSONReadError) in _ = try parse(bytes: bytes) }
}

private func readError(_ body: () throws(JSONReadError) -> Void) -> JSONReadError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

/// What the reader makes of valid and malformed JSON.
@Suite struct JSONReaderTests {
    // MARK: Values

    @Test func readsAProtocolLine() throws {
        let line = #"{"type":"ClusterHealth","status":"degraded","healthy_nodes":3,"total_nodes":4,"#
            + #""degraded_nodes":["node4@demo"],"unhealthy_nodes":[],"quorum_status":"available","#
            + #""details":{"lag_ms":12.5,"ok":true,"note":null},"timestamp":"2026-11-26T13:45:01.123Z"}"#
        let object = try JSONReader.parseObject(line)
        #expect(object.members.map(\.key) == [
            "type", "status", "healthy_nodes", "total_nodes", "degraded_nodes", "unhealthy_nodes", "quorum_status",
            "details", "timestamp",
        ])
        #expect(object["type"] == .string("ClusterHealth"))
        #expect(object["healthy_nodes"] == .integer(3))
        #expect(object["degraded_nodes"] == .array([.string("node4@demo")]))
        #expect(object["unhealthy_nodes"] == .array([]))
        #expect(object["details"] == .object(JSONObject([
            .init("lag_ms", .double(12.5)), .init("ok", .bool(true)), .init("note", .null),
        ])))
        #expect(object["timestamp"] == .string("2026-11-26T13:45:01.123Z"))
    }

    @Test func readsLiteralsAndEmptyContainers() throws {
        #expect(try parse("true") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("null") == .null)
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object(JSONObject()))
        #expect(try parse(#""""#) == .string(""))
    }

    @Test func whitespaceAroundAndBetweenIsAllowed() throws {
        let value = try parse(" \t\r\n{ \"a\" :\n[ 1 , 2 ] ,\"b\":{ } }\r\n ")
        #expect(value == .object(JSONObject([.init("a", .array([.integer(1), .integer(2)])), .init("b", .object(JSONObject()))])))
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let object = try JSONReader.parseObject(#"{"k":1,"other":2,"k":3}"#)
        #expect(object.members == [.init("k", .integer(1)), .init("other", .integer(2)), .init("k", .integer(3))])
        #expect(object["k"] == .integer(1))
    }

    @Test func inputsOfEveryShapeRead() throws {
        let bytes = Array(#"  [1,"a"]  "#.utf8)
        #expect(try JSONReader.parse(bytes) == .array([.integer(1), .string("a")]))
        #expect(try JSONReader.parse(bytes[2..<9]) == .array([.integer(1), .string("a")]))
        let raw = try bytes.withUnsafeBytes { buffer throws(JSONReadError) in try JSONReader.parse(buffer) }
        #expect(raw == .array([.integer(1), .string("a")]))
    }

    @Test func sliceOffsetsCountFromTheSliceStart() {
        let bytes = Array(#"xx{"a":?}"#.utf8)
        let caught = readError { () throws(JSONReadError) in _ = try JSONReader.parse(bytes[2...]) }
        #expect(caught == JSONReadError(.unexpectedCharacter, at: 5, byte: UInt8(ascii: "?")))
    }

    // MARK: Strings

    @Test func simpleEscapesDecode() throws {
        #expect(try parse(#""a\"b\\c\/d""#) == .string(#"a"b\c/d"#))
    }

    @Test func whitespaceEscapesBecomeSpaces() throws {
        #expect(try parse(#""x\ny\rz\tw""#) == .string("x y z w"))
    }

    @Test func backspaceAndFormFeedEscapesAreShownAsReplacement() throws {
        #expect(try parse(#""\b\f""#) == .string("\u{FFFD}\u{FFFD}"))
    }

    @Test func unicodeEscapesDecode() throws {
        #expect(try parse(#""\u0041\u00e9\u20AC\u65E5""#) == .string("Aé€日"))
    }

    @Test func surrogatePairsCombine() throws {
        #expect(try parse(#""\uD83E\uDE7A \ud83d\udc80""#) == .string("🩺 💀"))
    }

    @Test func loneSurrogatesBecomeReplacement() throws {
        #expect(try parse(#""\uD83D""#) == .string("\u{FFFD}"))
        #expect(try parse(#""\uD83Dx""#) == .string("\u{FFFD}x"))
        #expect(try parse(#""\uDC80""#) == .string("\u{FFFD}"))
        #expect(try parse(#""\uD83D\u0041""#) == .string("\u{FFFD}A"))
        #expect(try parse(#""\uDC80\uD83D""#) == .string("\u{FFFD}\u{FFFD}"))
    }

    @Test func escapedControlsAreSanitised() throws {
        #expect(try parse(#""\u001b[31mred\u001b[0m \u0000""#) == .string("red \u{FFFD}"))
        #expect(try parse(#""\u001b]52;c;AAAA\u0007x""#) == .string("x"))
    }

    @Test func keysAreSanitisedToo() throws {
        let object = try JSONReader.parseObject(#"{"no\u202Ede":1}"#)
        #expect(object.members.map(\.key) == ["node"])
    }

    @Test func multibyteTextReads() throws {
        #expect(try parse(#"["🩺 check", "💀 down", "┌─┐ ★ 日本"]"#)
            == .array([.string("🩺 check"), .string("💀 down"), .string("┌─┐ ★ 日本")]))
    }

    @Test func rawTextIsSanitised() throws {
        #expect(try parse("\"⚠\u{FE0F} disk \u{7F}\"") == .string("⚠ disk \u{FFFD}"))
    }

    @Test func textKeptAsSentKeepsWhatTheSanitiserWouldRemove() throws {
        let line = "{\"a\":\"⚠\u{FE0F} \u{202E}x é\"}"
        #expect(try JSONReader.parseObject(Array(line.utf8), sanitizing: false)["a"] == .string("⚠\u{FE0F} \u{202E}x é"))
        #expect(try JSONReader.parseObject(Array(line.utf8))["a"] == .string("⚠ x é"))
    }

    @Test func longStringsRead() throws {
        let text = String(repeating: "abcdefghij", count: 100)
        #expect(try parse("\"\(text)\"") == .string(text))
        #expect(try parse("\"\(text)\\n\(text)\"") == .string(text + " " + text))
    }

    @Test func wordsNearTheProtocolVocabularyReadAsWritten() throws {
        let words = [
            "type", "typ", "types", "Type", "node", "node1@demo", "timestamp", "timestamp_", "alert_escalated",
            "alert_escalatedX", "alert_escalate", "ClusterHealth", "ClusterHealthy", "p95", "p9", "a", "level3",
            "escalation_reason", "escalation_reasons", "escalation_reaso", "ex_esdb_diagnostics", "ex_esdb_diagnosticz",
            "ThroughputMetric", "ThroughputMetrics", "original_alert_id",
        ]
        let array = "[" + words.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        #expect(try parse(array) == .array(words.map { .string($0) }))
        for word in words {
            #expect(try parse("\"\(word)\"") == .string(word))
            #expect(try JSONReader.parseObject("{\"\(word)\":\"\(word)\"}") == JSONObject([.init(word, .string(word))]))
        }
    }

    // MARK: Numbers

    @Test func integersRead() throws {
        #expect(try parse("0") == .integer(0))
        #expect(try parse("-0") == .integer(0))
        #expect(try parse("42") == .integer(42))
        #expect(try parse("-17") == .integer(-17))
        #expect(try parse("9223372036854775807") == .integer(Int64.max))
        #expect(try parse("-9223372036854775808") == .integer(Int64.min))
    }

    @Test func integersOfEveryLengthReadExactly() throws {
        let digits = "98765432109876543210"
        for length in 1...digits.count {
            let text = String(digits.prefix(length))
            for signed in [text, "-" + text] {
                let expected: JSONValue = Int64(signed).map { .integer($0) } ?? .double(Double(signed)!)
                #expect(try parse(signed) == expected, "\(signed)")
                #expect(try parse("[\(signed),\(signed) ]") == .array([expected, expected]), "\(signed)")
                #expect(try parse(signed + ".5") == .double(Double(signed + ".5")!), "\(signed).5")
                #expect(try parse(signed + "e1") == .double(Double(signed + "e1")!), "\(signed)e1")
            }
        }
        #expect(try parse("999999999999999999") == .integer(999_999_999_999_999_999))
        #expect(try parse("-999999999999999999") == .integer(-999_999_999_999_999_999))
        #expect(error(reading: "[12x]") == JSONReadError(.unexpectedCharacter, at: 3, byte: UInt8(ascii: "x")))
        #expect(error(reading: "-") == JSONReadError(.unexpectedEnd, at: 1))
    }

    @Test func integersBeyondSixtyFourBitsBecomeDoubles() throws {
        #expect(try parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try parse("-9223372036854775809") == .double(-9_223_372_036_854_775_808))
        #expect(try parse("123456789012345678901234567890") == .double(1.2345678901234568e29))
    }

    @Test func fractionsAndExponentsBecomeDoubles() throws {
        #expect(try parse("1.5e-3") == .double(0.0015))
        #expect(try parse("45.2") == .double(45.2))
        #expect(try parse("0.1") == .double(0.1))
        #expect(try parse("1E2") == .double(100))
        #expect(try parse("1e+2") == .double(100))
        #expect(try parse("-2.5E-1") == .double(-0.25))
        #expect(try parse("1e308") == .double(1e308))
        #expect(try parse("2.2250738585072014e-308") == .double(2.2250738585072014e-308))
        #expect(try parse("4.9e-324") == .double(.leastNonzeroMagnitude))
        #expect(try parse("3.141592653589793238462643383279") == .double(Double.pi))
        #expect(try parse("0.30000000000000004") == .double(0.1 + 0.2))
    }

    @Test func negativeZeroFractionKeepsItsSign() throws {
        let value = try parse("-0.0").doubleValue
        #expect(value == 0 && value?.sign == .minus)
    }

    @Test func outOfRangeExponentsClampToTheLargestFiniteDouble() throws {
        #expect(try parse("1e400") == .double(.greatestFiniteMagnitude))
        #expect(try parse("-1e400") == .double(-.greatestFiniteMagnitude))
        #expect(try parse("1e-400") == .double(0))
    }

    @Test func malformedNumbersAreRejected() {
        #expect(error(reading: "01") == JSONReadError(.invalidNumber, at: 1, byte: UInt8(ascii: "1")))
        #expect(error(reading: "-01") == JSONReadError(.invalidNumber, at: 2, byte: UInt8(ascii: "1")))
        #expect(error(reading: "[1.]") == JSONReadError(.invalidNumber, at: 3, byte: UInt8(ascii: "]")))
        #expect(error(reading: "1.") == JSONReadError(.unexpectedEnd, at: 2))
        #expect(error(reading: ".5") == JSONReadError(.unexpectedCharacter, at: 0, byte: UInt8(ascii: ".")))
        #expect(error(reading: "+1") == JSONReadError(.unexpectedCharacter, at: 0, byte: UInt8(ascii: "+")))
        #expect(error(reading: "[-a]") == JSONReadError(.invalidNumber, at: 2, byte: UInt8(ascii: "a")))
        #expect(error(reading: "[1e]") == JSONReadError(.invalidNumber, at: 3, byte: UInt8(ascii: "]")))
        #expect(error(reading: "[1e+]") == JSONReadError(.invalidNumber, at: 4, byte: UInt8(ascii: "]")))
        #expect(error(reading: "-") == JSONReadError(.unexpectedEnd, at: 1))
        #expect(error(reading: "NaN") == JSONReadError(.nonFiniteNumber, at: 0, byte: UInt8(ascii: "N")))
        #expect(error(reading: "Infinity") == JSONReadError(.nonFiniteNumber, at: 0, byte: UInt8(ascii: "I")))
        #expect(error(reading: "-Infinity") == JSONReadError(.nonFiniteNumber, at: 0, byte: UInt8(ascii: "-")))
        #expect(error(reading: "Nope") == JSONReadError(.unexpectedCharacter, at: 0, byte: UInt8(ascii: "N")))
        #expect(error(reading: "-Inf") == JSONReadError(.invalidNumber, at: 1, byte: UInt8(ascii: "I")))
        #expect(error(reading: "0x10") == JSONReadError(.trailingGarbage, at: 1, byte: UInt8(ascii: "x")))
    }

    // MARK: Errors

    @Test func unexpectedEndIsReportedAtTheEnd() {
        #expect(error(reading: "") == JSONReadError(.unexpectedEnd, at: 0))
        #expect(error(reading: "   ") == JSONReadError(.unexpectedEnd, at: 3))
        #expect(error(reading: #"{"a":"#) == JSONReadError(.unexpectedEnd, at: 5))
        #expect(error(reading: #""abc"#) == JSONReadError(.unexpectedEnd, at: 4))
        #expect(error(reading: #""\u12"#) == JSONReadError(.unexpectedEnd, at: 5))
        #expect(error(reading: "[1,2") == JSONReadError(.unexpectedEnd, at: 4))
        #expect(error(reading: "tru") == JSONReadError(.unexpectedEnd, at: 3))
    }

    @Test func unexpectedCharactersAreReportedWhereTheyAre() {
        #expect(error(reading: #"{"a" 1}"#) == JSONReadError(.unexpectedCharacter, at: 5, byte: UInt8(ascii: "1")))
        #expect(error(reading: "{a:1}") == JSONReadError(.unexpectedCharacter, at: 1, byte: UInt8(ascii: "a")))
        #expect(error(reading: "[1 2]") == JSONReadError(.unexpectedCharacter, at: 3, byte: UInt8(ascii: "2")))
        #expect(error(reading: "[1,]") == JSONReadError(.unexpectedCharacter, at: 3, byte: UInt8(ascii: "]")))
        #expect(error(reading: #"{"a":1,}"#) == JSONReadError(.unexpectedCharacter, at: 7, byte: UInt8(ascii: "}")))
        #expect(error(reading: "trux") == JSONReadError(.unexpectedCharacter, at: 3, byte: UInt8(ascii: "x")))
        #expect(error(reading: "nul") == JSONReadError(.unexpectedEnd, at: 3))
    }

    @Test func invalidEscapesAreRejected() {
        #expect(error(reading: #""a\x""#) == JSONReadError(.invalidEscape, at: 3, byte: UInt8(ascii: "x")))
        #expect(error(reading: #""\u12G4""#) == JSONReadError(.invalidEscape, at: 5, byte: UInt8(ascii: "G")))
        #expect(error(reading: #""\uD83D\uZZZZ""#) == JSONReadError(.invalidEscape, at: 9, byte: UInt8(ascii: "Z")))
    }

    @Test func rawControlCharactersInStringsAreRejected() {
        #expect(error(reading: "\"a\tb\"") == JSONReadError(.controlCharacterInString, at: 2, byte: 0x09))
        #expect(error(reading: "\"é\n\"") == JSONReadError(.controlCharacterInString, at: 3, byte: 0x0A))
        #expect(error(reading: "\"\u{1B}[31m\"") == JSONReadError(.controlCharacterInString, at: 1, byte: 0x1B))
    }

    @Test(arguments: [
        ([0x22, 0xC0, 0xAF, 0x22], 1),  // overlong "/"
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], 1),  // overlong three-byte
        ([0x22, 0x61, 0x80, 0x22], 2),  // lone continuation byte
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),  // UTF-16 surrogate encoded in UTF-8
        ([0x22, 0xF0, 0x9F, 0xA9, 0x22], 1),  // truncated four-byte sequence
        ([0x22, 0xF0, 0x9F, 0xA9], 1),  // truncated at the end of input
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),  // above U+10FFFF
        ([0x22, 0xFF, 0x22], 1),
        ([0x5B, 0xFF, 0x5D], 1),  // outside a string
        ([0x7B, 0x7D, 0xC3], 2),  // after the value
    ] as [([UInt8], Int)])
    func invalidUTF8IsRejected(_ bytes: [UInt8], offset: Int) {
        #expect(error(reading: bytes) == JSONReadError(.invalidUTF8, at: offset, byte: bytes[offset]))
    }

    @Test func validNonASCIIOutsideStringsIsAnUnexpectedCharacter() {
        #expect(error(reading: "[é]") == JSONReadError(.unexpectedCharacter, at: 1, byte: 0xC3))
    }

    @Test func trailingGarbageIsRejected() {
        #expect(error(reading: "{} x") == JSONReadError(.trailingGarbage, at: 3, byte: UInt8(ascii: "x")))
        #expect(error(reading: "{}{}") == JSONReadError(.trailingGarbage, at: 2, byte: UInt8(ascii: "{")))
        #expect(error(reading: "1 2") == JSONReadError(.trailingGarbage, at: 2, byte: UInt8(ascii: "2")))
    }

    @Test func nestingUpToTheLimitReads() throws {
        let deep = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        var value = try parse(deep)
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == 64)
    }

    @Test func nestingBeyondTheLimitIsRejected() {
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(error(reading: tooDeep) == JSONReadError(.tooDeep, at: 64, byte: UInt8(ascii: "[")))
        #expect(error(reading: #"{"a":{"b":{}}}"#, maxDepth: 2) == JSONReadError(.tooDeep, at: 10, byte: UInt8(ascii: "{")))
        #expect(error(reading: #"{"a":{"b":1}}"#, maxDepth: 2) == nil)
    }

    @Test func nonObjectsAreRejectedWhenAnObjectIsAsked() {
        let caught = readError { () throws(JSONReadError) in _ = try JSONReader.parseObject("  [1]") }
        #expect(caught == JSONReadError(.notAnObject, at: 2))
    }

    @Test func errorsDescribeThemselvesForOperators() {
        #expect(error(reading: #"{"type":"a","bb":x}"#)?.description == "invalid JSON at byte 17: unexpected character 'x'")
        #expect(error(reading: "[\u{07}]")?.description == "invalid JSON at byte 1: unexpected byte 0x07")
        #expect(error(reading: "[1,")?.description == "invalid JSON at byte 3: unexpected end of input")
        #expect(error(reading: "\"\u{1B}\"")?.description == "invalid JSON at byte 1: control character 0x1B in a string")
        #expect(error(reading: [0x22, 0xFF, 0x22])?.description == "invalid JSON at byte 1: invalid UTF-8 byte 0xFF")
        #expect(error(reading: "{} }")?.description == "invalid JSON at byte 3: unexpected character '}' after the value")
    }

    // MARK: Round trip

    @Test func randomValuesSurviveARoundTrip() throws {
        var generator = SeededRandom(seed: 0x5EED_CAFE)
        for _ in 0..<2_000 {
            let value = randomValue(depth: 0, using: &generator)
            let text = serialize(value, using: &generator)
            #expect(try parse(text) == value, "\(text)")
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be replayed.
private struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Characters the sanitizer leaves alone, including ones the writer must escape.
private let alphabet: [Character] = Array(#"az AZ09"\/{}[]:,.-_@éß日本🩺💀┌─┐★"#)

private func randomString(using generator: inout SeededRandom) -> String {
    String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
}

private func randomValue(depth: Int, using generator: inout SeededRandom) -> JSONValue {
    let choice = Int.random(in: 0..<(depth < 4 ? 8 : 6), using: &generator)
    switch choice {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &generator))
    case 2: return .integer(Int64.random(in: .min ... .max, using: &generator) >> Int64.random(in: 0...63, using: &generator))
    case 3:
        let double = Double(bitPattern: UInt64.random(in: 0 ... .max, using: &generator))
        return .double(double.isFinite ? double : Double.random(in: -1e6...1e6, using: &generator))
    case 4: return .double(Double(Int.random(in: -1000...1000, using: &generator)) / 8)
    case 5: return .string(randomString(using: &generator))
    case 6:
        return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
    default:
        let keys = (0..<3).map { _ in randomString(using: &generator) }
        return .object(JSONObject((0..<Int.random(in: 0...5, using: &generator)).map { _ in
            .init(keys.randomElement(using: &generator)!, randomValue(depth: depth + 1, using: &generator))
        }))
    }
}

/// A test-only writer: escapes what JSON requires, writes some characters as `\u` escapes
/// (surrogate pairs beyond the BMP), and scatters whitespace.
private func serialize(_ value: JSONValue, using generator: inout SeededRandom) -> String {
    let space = [" ", "", "", "\n", "\t"].randomElement(using: &generator)!
    switch value {
    case .null: return space + "null"
    case .bool(let flag): return space + (flag ? "true" : "false")
    case .integer(let number): return space + String(number)
    case .double(let number): return space + "\(number)"
    case .string(let text): return space + quote(text, using: &generator)
    case .array(let elements):
        return "[" + elements.map { serialize($0, using: &generator) }.joined(separator: ",") + space + "]"
    case .object(let object):
        let members = object.members.map { quote($0.key, using: &generator) + space + ":" + serialize($0.value, using: &generator) }
        return "{" + space + members.joined(separator: ",") + "}"
    }
}

private func quote(_ text: String, using generator: inout SeededRandom) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "/" where Bool.random(using: &generator): quoted += "\\/"
        case _ where Int.random(in: 0..<4, using: &generator) == 0:
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: Bool.random(using: &generator))
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        default: quoted.unicodeScalars.append(scalar)
        }
    }
    return quoted + "\""
}
