import Testing
@testable import ExESDBMonitor

/// How a line's members are found by key: the key table, the slots, the shallow read that leaves plain strings
/// in the line, and what a reader gives back from them.
@Suite struct FieldLookupTests {
    private func fieldKey(_ name: String) -> FieldKey? {
        Array(name.utf8).withUnsafeBytes { FieldKey.named(in: $0, from: 0, to: $0.count) }
    }

    /// The shallow read of `line`, with the text of each member's value: a plain string's bytes as they lie in the
    /// line (tagged "plain"), or the stored value's string.
    private func shallowRead(_ line: [UInt8]) throws -> (object: JSONShallowObject, texts: [String]) {
        let object = try line.withUnsafeBytes { bytes in
            try Result { () throws(JSONReadError) in
                var parser = JSONParser(bytes, maxDepth: 64)
                return try parser.readShallowObjectDocument()
            }.get()
        }
        let texts = object.members.map { member -> String in
            switch member.value {
            case .plainString(let start, let end): "plain " + String(decoding: line[Int(start)..<Int(end)], as: UTF8.self)
            case .stored(let index): object.values[Int(index)].stringValue ?? "stored"
            default: "scalar"
            }
        }
        return (object, texts)
    }

    @Test func everyKeyAndTypeIsNumberedInDeclarationOrderAndTheKeysFitTheSlots() {
        #expect(FieldKey.allCases.count <= FieldSlots.capacity)
        #expect(FieldKey.allCases.enumerated().allSatisfy { $0.offset == $0.element.slot })
        #expect(MessageType.allCases.enumerated().allSatisfy { $0.offset == Int($0.element.caseNumber) })
    }

    @Test func everyKeyIsFoundFromItsBytesAndNothingElseIs() {
        for key in FieldKey.allCases { #expect(fieldKey(key.rawValue) == key, "\(key.rawValue)") }
        #expect(fieldKey("escalation_reason") == .escalationReason)  // longer than 16 bytes
        let tableHoldsEveryKey = FieldKey.byName.holdsAll
        #expect(tableHoldsEveryKey, "some keys are found only by building a String")
        for other in ["", "Type", "nod", "nodes", "timestamp ", "per_core", "escalation_reasons", "x_escalation_reason_and_more"] {
            #expect(fieldKey(other) == nil, "\(other)")
        }
    }

    @Test func aShortWordTableFindsWordsUpToTwentyFourBytesAndTellsWhenItKeptThemAll() {
        let words = ["a", "node", "sixteen_bytes_ok", "twenty_four_bytes_long_x"]
        let table = ShortWordTable(words.enumerated().map { ($0.element, $0.offset) }, slotBits: 6)
        #expect(table.holdsAll)
        for (index, word) in words.enumerated() {
            #expect(Array(word.utf8).withUnsafeBytes { table.value(in: $0, from: 0, to: $0.count) } == index)
        }
        for near in ["nod", "nodes", "Node", "sixteen_bytes_ok!"] {
            #expect(Array(near.utf8).withUnsafeBytes { table.value(in: $0, from: 0, to: $0.count) } == nil, "\(near)")
        }
        #expect(!ShortWordTable([("node\u{0}", 1)], slotBits: 4).holdsAll)  // zero bytes are the padding
        let tooLong = ShortWordTable([("twenty_five_bytes_long_xy", 1)], slotBits: 4)
        #expect(!tooLong.holdsAll)
        let crowded = ShortWordTable((0..<9).map { ("w\($0)", $0) }, slotBits: 3)
        #expect(!crowded.holdsAll)
    }

    @Test func theShallowReadLeavesPlainStringsInTheLineAndReadsTheRest() throws {
        let line = Array(#" {"a":"plain","b":"tab\tescaped","c\u0041":[1,{"d":"e"}],"n":-2.5,"i":7,"t":true,"z":null} "#.utf8)
        let object = try line.withUnsafeBytes { bytes in
            try Result { () throws(JSONReadError) in
                var parser = JSONParser(bytes, maxDepth: 64)
                return try parser.readShallowObjectDocument()
            }.get()
        }
        let members = object.members
        #expect(members.count == 7)
        guard case .plainString(let start, let end) = members[0].value else {
            Issue.record("a plain string is left in the line")
            return
        }
        #expect(String(decoding: line[Int(start)..<Int(end)], as: UTF8.self) == "plain")
        guard case .stored(let escaped) = members[1].value else {
            Issue.record("an escaped string is decoded and stored")
            return
        }
        #expect(object.values[Int(escaped)] == .string("tab escaped"))
        guard case .decoded(let key) = members[2].key, case .stored(let nested) = members[2].value else {
            Issue.record("an escaped key is decoded and a nested array read whole")
            return
        }
        #expect(object.decodedKeys[Int(key)] == "cA")
        #expect(object.values[Int(nested)] == .array([.integer(1), .object(pairs: ["d": .string("e")])]))
        guard case .double(-2.5) = members[3].value, case .integer(7) = members[4].value,
              case .bool(true) = members[5].value else {
            Issue.record("scalars are kept as they are")
            return
        }
        #expect(members[6].value.isNull)
    }

    @Test func multibyteTextNeedingNoSanitisingStaysInTheLineAndTextToSanitiseIsReadInFull() throws {
        let line = Array(("{\"a\":\"📤 BROADCASTING event 13 to orders:orders\",\"b\":\"┌─┐ ★ 日本 é\","
            + "\"c\":\"bidi \u{202E}x\",\"d\":\"⚠\u{FE0F} disk\",\"e\":\"c1 \u{85}x\",\"f\":\"zw\u{200B}j\","
            + "\"g\":\"emoji \\u00e9 escaped\"}").utf8)
        let (_, texts) = try shallowRead(line)
        #expect(texts == [
            "plain 📤 BROADCASTING event 13 to orders:orders", "plain ┌─┐ ★ 日本 é",
            "bidi x", "⚠ disk", "c1 \u{FFFD}x", "zwj", "emoji é escaped",
        ])
    }

    @Test func aPlainMultibyteMessageReadsAsSentAndIsCutAtACharacter() {
        let message = "📤 BROADCASTING event 13 to orders:orders"
        let line = #"{"type":"LogEvent","message":""# + message + #"","node":"n1"}"#
        guard case .logEvent(let entry) = event(line)?.message else {
            Issue.record("the line decodes")
            return
        }
        #expect(entry.message.contains("BROADCASTING event 13"))
        var decoder = EventDecoder()
        decoder.limits.textLength = 6
        guard case .event(let cut) = decoder.decode(line, receivedAt: 0), case .logEvent(let short) = cut.message else {
            Issue.record("the line decodes under a text limit")
            return
        }
        #expect(short.message.utf8.count <= 6)
        #expect(short.message.hasSuffix("…"))
        #expect(short.message.unicodeScalars.allSatisfy { $0.value != 0xFFFD })
    }

    @Test func invalidUTF8InAStringIsRejectedEvenAfterValidMultibyteText() {
        for bytes: [UInt8] in [[0xC3], [0xE2, 0x94], [0xF0, 0x9F, 0x93], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF]] {
            let line = Array(#"{"a":"é "#.utf8) + bytes + Array(#" x"}"#.utf8)
            let failure = line.withUnsafeBytes { bytes -> JSONReadError.Kind? in
                var parser = JSONParser(bytes, maxDepth: 64)
                do {
                    _ = try parser.readShallowObjectDocument()
                    return nil
                } catch {
                    return (error as? JSONReadError)?.kind
                }
            }
            #expect(failure == .invalidUTF8, "\(bytes)")
            guard case .rejected(let rejection) = EventDecoder().decode(line, receivedAt: 0) else {
                Issue.record("the decoder rejects \(bytes)")
                continue
            }
            #expect(rejection.reason == .invalidUTF8)
        }
    }

    @Test func eachKeysFieldIsFoundAsTheKeyIsRead() throws {
        let line = Array((#"{"type":1,"n\u006fde":2,"nodes":3,"🩺":4,"escalation_reason":5,"timestamp ":6,"category":7,"#
            + #""escalation_level":8,"":9,"abcdefghijklmnopqrstuvwx":10,"escalation_reasons":11,"id":12,"seq":13}"#).utf8)
        let (object, _) = try shallowRead(line)
        #expect(object.members.map(\.field) == [
            .type, .node, nil, nil, .escalationReason, nil, .category, .escalationLevel, nil, nil, nil, .id, .seq,
        ])
        for key in FieldKey.allCases {
            let (alone, _) = try shallowRead(Array(#"{"\#(key.rawValue)":0}"#.utf8))
            let (padded, _) = try shallowRead(Array(#"{"\#(key.rawValue)":0,"padding":"more than twenty-four bytes"}"#.utf8))
            #expect(alone.members.first?.field == key && padded.members.first?.field == key, "\(key.rawValue)")
        }
    }

    /// A line's members are kept in a buffer on the decoder's stack; a line with more members than it holds spills
    /// them into an array and decodes all the same, its fields found wherever they are.
    @Test func aLineWithMoreMembersThanTheStackBufferHoldsDecodesTheSame() throws {
        for count in [0, 31, 32, 33, 40] {
            let extras = (0..<count).map { #""extra_\#($0)":\#($0),"# }.joined()
            let line = "{" + extras
                + #""type":"Heartbeat","node":"n1@h","sequence":7,"interval_ms":1500,"timestamp":"2026-11-26T13:00:00.000Z"}"#
            let decoded = try #require(event(line), "\(count) members before the fields")
            guard case .heartbeat(let heartbeat) = decoded.message else {
                Issue.record("not a heartbeat with \(count) members before its fields")
                continue
            }
            #expect(decoded.node == "n1@h" && heartbeat.sequence == 7 && heartbeat.intervalSeconds == 1.5)
            #expect(decoded.time.seconds == 1_795_698_000 && !decoded.time.isReceiveTime)
            let (object, _) = try shallowRead(Array(line.utf8))
            #expect(object.members.count == count + 5)
            #expect(object.members.map(\.field).suffix(5) == [.type, .node, .sequence, .intervalMs, .timestamp])
        }
    }

    @Test func theShallowReadRejectsWhatTheFullReaderRejects() {
        for text in [#"{"a":1} x"#, #"{"a":"b""#, #"{"a" 1}"#, #"[1]"#, #"{"a":"\q"}"#, "{\"a\":\"\u{1}\"}"] {
            let failed = Array(text.utf8).withUnsafeBytes { bytes in
                var parser = JSONParser(bytes, maxDepth: 64)
                return (try? parser.readShallowObjectDocument()) == nil
            }
            #expect(failed, "\(text)")
        }
    }

    @Test func aKnownKeyAfterMoreMembersThanTheSlotsCountIsStillFound() {
        let padding = (0..<300).map { #""pad\#($0)":\#($0)"# }.joined(separator: ",")
        let late = #"{"#+padding+#","type":"Heartbeat","node":"n1","seq":7}"#
        #expect(event(late)?.node == "n1")
        #expect(event(late)?.envelope.sequence == 7)
    }

    @Test func theFirstOfRepeatedKeysWins() {
        let line = #"{"type":"Heartbeat","node":"first","node":"second"}"#
        #expect(event(line)?.node == "first")
    }

    @Test func aKeySpelledWithEscapesIsTheSameKey() {
        let line = #"{"\u0074ype":"Heartbeat","no\u0064e":"n1"}"#
        #expect(event(line)?.node == "n1")
    }

    @Test func plainTextLongerThanTheLimitIsCutAndCounted() {
        var decoder = EventDecoder()
        decoder.limits.textLength = 10
        let line = #"{"type":"LogEvent","message":"0123456789abcdef","node":"n1"}"#
        guard case .event(let event) = decoder.decode(line, receivedAt: 0), case .logEvent(let entry) = event.message else {
            Issue.record("the line decodes")
            return
        }
        #expect(entry.message.utf8.count <= 10)
        #expect(entry.message.hasSuffix("…"))
        #expect(event.limitHits.truncatedFields == 1)
    }

    @Test func extraFieldsKeepTheirWireOrderAndUnknownKeys() {
        let line = #"{"type":"ResourceUsage","mount":"/","resource_type":"disk","usage_percent":5,"read_bytes_per_sec":12,"node":"n1","message":"x"}"#
        guard case .resourceUsage(let usage) = event(line)?.message else {
            Issue.record("the line decodes")
            return
        }
        #expect(usage.extra.members.map(\.key) == ["mount", "read_bytes_per_sec", "message"])
        #expect(usage.extra["mount"] == .string("/"))
        #expect(usage.extraNumber("read_bytes_per_sec") == 12)
    }
}
