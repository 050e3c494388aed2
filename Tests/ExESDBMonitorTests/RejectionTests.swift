import Testing
@testable import ExESDBMonitor

/// Every rejection reason, with the next line decoding normally.
@Suite struct RejectionTests {
    @Test(arguments: [
        (#"{"type":"ClusterHealth""#, RejectionReason.invalidJSON),
        (#"{"type":"ClusterHealth"} trailing"#, .invalidJSON),
        (#"{"type":"ClusterHealth"}{"type":"ClusterHealth"}"#, .invalidJSON),
        (#"{"status":"healthy"}"#, .missingType),
        (#"{"type":7}"#, .missingType),
        (#"{"type":"WeatherReport"}"#, .unknownType),
        (#"{"type":"LatencyMetric","operation":"w"}"#, .missingField),
        (#"{"type":"AlertAck","ack_by":"x"}"#, .missingField),
        (#"{"type":"Heartbeat","sequence":1}"#, .missingField),
        (#"{"type":"StoreTopology","store":""}"#, .missingField),
        (#"{"type":"ThroughputMetric","operation":"w","count":3}"#, .missingField),
        (#"{"type":"SystemAlert","severity":"critical"}"#, .missingField),
        (#"{"type":"LogEvent","component":"c"}"#, .missingField),
    ])
    func aBadLineIsRejectedWithItsReason(line: String, reason: RejectionReason) {
        #expect(rejection(line)?.reason == reason)
    }

    @Test func theDetailNamesWhatIsWrong() {
        #expect(rejection(#"{"type":"LatencyMetric","operation":"w"}"#)?.description == "missing field: LatencyMetric without latency_ms")
        #expect(rejection(#"{"type":"WeatherReport"}"#)?.description == #"unknown type: "WeatherReport""#)
        #expect(rejection(#"{"type":"X"} x"#)?.description.hasPrefix("invalid JSON: ") == true)
    }

    @Test func invalidUTF8IsRejectedInJSONAndInLogLines() {
        let json: [UInt8] = Array(#"{"type":"LogEvent","message":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let log: [UInt8] = Array("[EmitterWorker:s] ".utf8) + [0xFF, 0xFE]
        for line in [json, log] {
            guard case .rejected(let rejection) = EventDecoder().decode(line, receivedAt: 0) else {
                Issue.record("accepted invalid UTF-8"); continue
            }
            #expect(rejection.reason == .invalidUTF8)
        }
    }

    @Test func aLineOverOneMebibyteIsRejected() {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: EventDecoder.maxLineLength + 1)
        guard case .rejected(let rejection) = EventDecoder().decode(long, receivedAt: 0) else {
            Issue.record("accepted"); return
        }
        #expect(rejection.reason == .lineTooLong)
        let atLimit = [UInt8](repeating: UInt8(ascii: "a"), count: EventDecoder.maxLineLength)
        guard case .event = EventDecoder().decode(atLimit, receivedAt: 0) else { Issue.record("rejected"); return }
    }

    @Test func aLineNotStartingWithABraceIsALogLineNeverRejected() {
        for line in ["plain text", "[1,2,3]", "\"quoted\"", "  12:00:01.123 [info] started", "}{"] {
            guard case .logEvent(let log)? = event(line)?.message else {
                Issue.record("not a log line: \(line)"); continue
            }
            #expect(log.isRawLine)
        }
    }

    @Test func blankLinesAreSkipped() {
        #expect(decode("") == .blank)
        #expect(decode("  \t\r") == .blank)
    }

    @Test func theLineAfterABadOneDecodesNormally() {
        var store = Store()
        let lines = [#"{"type":"#, "\u{1B}[2J{{{", #"{"type":"HealthCheck","check_name":"c","node":"n"}"#]
        for line in lines { store.apply(decode(line), at: 1) }
        #expect(store.counters.rejected == 1)
        #expect(store.counters.eventsByType[.healthCheck] == 1)
        #expect(store.counters.eventsByType[.logEvent] == 1)
        #expect(store.nodes["n"]?.checks["c"] != nil)
    }
}
