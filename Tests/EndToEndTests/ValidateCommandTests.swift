import Foundation
import Testing

/// `exesdb-top validate`, run as a bridge author would.
@Suite struct ValidateCommandTests {
    @Test func theProtocolExamplesAllDecode() throws {
        let outcome = try Binary.run(["validate", "docs/protocol-examples.ndjson"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("0 rejected"))
        #expect(outcome.standardOutput.contains("StoreTopology"))
    }

    @Test func eachBadLineIsReportedWithItsNumberAndReason() throws {
        let long = #"{"type":"LogEvent","message":""# + String(repeating: "x", count: 1_100_000) + #""}"#
        let lines = [
            #"{"type":"Heartbeat","node":"n1","interval_ms":2000}"#,
            #"{"type":"ClusterHealth""#,
            #"{"type":"ClusterHealth"} garbage"#,
            #"{"status":"healthy"}"#,
            #"{"type":"Weather"}"#,
            #"{"type":"LatencyMetric","operation":"w"}"#,
            long,
            "🩺 SUBSCRIBED to health events for store: reg_gh",
            #"{"type":"Heartbeat","node":"n1"}"#,
        ]
        var data = Data(lines.joined(separator: "\n").utf8)
        data.append(contentsOf: [0x0A, 0x7B, 0x22, 0xFF, 0x22, 0x7D, 0x0A])
        let outcome = try Binary.run(["validate", "-"], input: data)
        #expect(outcome.status == 1)
        let report = outcome.standardOutput
        #expect(report.contains("standard input: 10 lines, 3 decoded, 7 rejected"))
        #expect(report.contains("line 2: invalid JSON"))
        #expect(report.contains("line 3: invalid JSON"))
        #expect(report.contains("line 4: missing type"))
        #expect(report.contains(#"line 5: unknown type: "Weather""#))
        #expect(report.contains("line 6: missing field: LatencyMetric without latency_ms"))
        #expect(report.contains("line 7: line too long"))
        #expect(report.contains("line 10: invalid UTF-8"))
        #expect(report.contains("log lines by family: success 1"))
    }

    @Test func anUnreadableInputExitsTwoAndSaysWhy() throws {
        let outcome = try Binary.run(["validate", "/nonexistent/file.ndjson"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("cannot read /nonexistent/file.ndjson: No such file or directory"))
    }
}
