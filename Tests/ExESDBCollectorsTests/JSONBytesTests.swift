import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct JSONBytesTests {
    @Test func aLineIsValidJSONAndAnObjectWrittenMemberByMemberIsTheSameLine() throws {
        let object = JSONObject([
            .init("type", .string("LogEvent")), .init("quote \" and \\ back", .string("tab\tline\nreturn\r")),
            .init("control", .string("\u{1B}[0m\u{7F}\u{01}")), .init("wide", .string("💀 ★ é")),
            .init("integers", .array([.integer(0), .integer(-7), .integer(Int64.max), .integer(Int64.min)])),
            .init("doubles", .array([.double(2.5), .double(-0.125), .double(3), .double(1e20), .double(.nan), .double(1 / 3)])),
            .init("flags", .array([.bool(true), .bool(false), .null])),
            .init("nested", .object(JSONObject([.init("empty", .array([])), .init("object", .object(JSONObject()))]))),
        ])
        let bytes = JSONBytes.line(object)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(parsed["control"] as? String == "\u{1B}[0m\u{7F}\u{01}")
        #expect((parsed["integers"] as? [NSNumber])?.map(\.int64Value) == [0, -7, Int64.max, Int64.min])

        var memberByMember: [UInt8] = []
        for member in object.members { JSONBytes.appendMember(member.key, member.value, to: &memberByMember) }
        memberByMember.append(UInt8(ascii: "}"))
        #expect(memberByMember == bytes)
    }
}
