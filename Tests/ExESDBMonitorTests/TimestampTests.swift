import Testing
@testable import ExESDBMonitor

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-11-26T13:45:01Z", 1_795_700_701.0),
        ("2026-11-26T13:45:01.123Z", 1_795_700_701.123),
        ("2026-11-26T13:45:01.123456Z", 1_795_700_701.123456),
        ("2026-11-26T14:45:01.123+01:00", 1_795_700_701.123),
        ("2026-11-26T08:15:01.123-0530", 1_795_700_701.123),
        ("2026-11-26 13:45:01.123", 1_795_700_701.123),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
    ])
    func iso8601(text: String, seconds: Double) throws {
        let parsed = try #require(Timestamp(wire: .string(text)))
        #expect(abs(parsed.seconds - seconds) < 0.000_001)
        #expect(!parsed.isReceiveTime)
    }

    @Test func epochMilliseconds() {
        #expect(Timestamp(wire: .integer(1_795_700_701_123))?.seconds == 1_795_700_701.123)
        #expect(Timestamp(wire: .double(1_795_700_701_123.5))?.seconds == 1_795_700_701.1235)
        #expect(Timestamp(wire: .string("1795700701123"))?.seconds == 1_795_700_701.123)
    }

    @Test func theProtocolsOwnFormReadsToTheSameValueAsTheGeneralReader() {
        var generator = SystemRandomNumberGenerator()
        var texts = (0..<500).map { _ in
            Timestamp.iso8601Text(epochMilliseconds: Int64.random(in: -62_000_000_000_000...253_000_000_000_000, using: &generator))
        }
        texts += ["2026-11-26T13:45:60.999Z", "2000-02-29T23:59:59.001Z", "1970-01-01T00:00:00.000Z"]
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBytes { Timestamp.parseProtocolISO8601(bytes: $0) }
            #expect(fast != nil && fast == Timestamp.parseISO8601(text), "\(text)")
        }
    }

    @Test(arguments: [
        "2026-13-26T13:45:01.123Z", "2026-11-32T13:45:01.123Z", "2026-11-26T24:45:01.123Z", "2026-11-26T13:60:01.123Z",
        "2026-11-26T13:45:61.123Z", "2026-1x-26T13:45:01.123Z", "2026-11-26T13:45:01.12xZ", "2026-11-26 13:45:01.123Z",
        "2026-11-26T13:45:01.123+", "2026-11-26T13:45:01.1234Z", "2026-11-26T13:45:01,123Z",
    ])
    func theProtocolsOwnFormLeavesEverythingElseToTheGeneralReader(text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { Timestamp.parseProtocolISO8601(bytes: $0) } == nil)
    }

    @Test(arguments: ["", "2026-13-01T00:00:00Z", "2026-11-26", "2026-11-26T13:45:01.Z", "2026-11-26T13:45:01Zjunk", "soon"])
    func unreadable(text: String) {
        #expect(Timestamp(wire: .string(text)) == nil)
    }
}
