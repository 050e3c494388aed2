import Foundation
import Testing

/// A hostile file through the real binary: `snapshot` shows `limits N` in the header and the Limits table in
/// the Diagnostics view, `validate` prints the same table, each with the counts the file provokes.
@Suite struct LimitsEndToEndTests {
    /// 300 nodes (172 over the cap of 128), 600 throughput series (88 over 512), a truncated title, a
    /// truncated node name, a clamped number, a huge integer, NaN, a line nested 100 deep, a 1.1 MB line.
    static func hostileLines() -> [String] {
        var lines: [String] = []
        for index in 0..<300 { lines.append(#"{"type":"Heartbeat","node":"node-\#(index)","interval_ms":60000}"#) }
        for index in 0..<600 {
            lines.append(#"{"type":"ThroughputMetric","operation":"op-\#(index)","rate_per_sec":5,"node":"node-0"}"#)
        }
        lines += [
            #"{"type":"SystemAlert","alert_id":"a1","severity":"warning","title":""# + String(repeating: "t", count: 20_000)
                + #"","node":"node-0"}"#,
            #"{"type":"PerformanceMetric","metric_name":"m","value":1e309,"node":"node-0"}"#,
            #"{"type":"SystemState","snapshot_id":"s","state_data":{"big":123456789012345678901234567890},"node":"node-0"}"#,
            #"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":NaN,"node":"node-0"}"#,
            #"{"type":"Heartbeat","node":"node-0","x":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
            #"{"type":"LogEvent","message":""# + String(repeating: "x", count: 1_100_000) + #""}"#,
        ]
        return lines
    }

    private func hostileFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).ndjson")
        try Data((Self.hostileLines().joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    /// The count at the end of the table row naming `limit`.
    private func count(of limit: String, in text: String) -> Int? {
        let row = text.split(separator: "\n").first { $0.contains(limit + " ") && !$0.contains("limits ") }
        return row?.split(separator: " ").reversed().lazy.compactMap { Int($0) }.first
    }

    @Test func theSnapshotShowsTheLimitsMarkerAndTable() throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Binary.run(
            ["snapshot", "--source", "file:" + file.path, "--from-start", "--after", "4", "--plain", "--width", "200", "--height", "80",
             "--pane", "7"],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = outcome.standardOutput
        let header = text.split(separator: "\n").first ?? ""
        #expect(header.contains("limits 8"), "\(header)")
        #expect(text.contains("Limits"))
        #expect(count(of: "line length", in: text) == 1)
        #expect(count(of: "JSON nesting depth", in: text) == 1)
        #expect(count(of: "NaN/Infinity literals", in: text) == 1)
        #expect(count(of: "field length", in: text) == 1)
        #expect(count(of: "number range", in: text) == 1)
        #expect(count(of: "integer size", in: text) == 1)
        #expect(count(of: "nodes", in: text) == 172)
        #expect(count(of: "operation series", in: text) == 88)
        #expect(count(of: "active alerts", in: text) == 0)
    }

    @Test func theThroughputPaneSaysHowManySeriesWereRefused() throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Binary.run(
            ["snapshot", "--source", "file:" + file.path, "--from-start", "--after", "4", "--plain", "--width", "200", "--height", "60",
             "--pane", "2"],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"])
        #expect(outcome.standardOutput.contains("+88 more series"), "\(outcome.standardOutput.prefix(600))")
    }

    @Test func validateListsTheLimitsItHit() throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Binary.run(["validate", file.path])
        #expect(outcome.status == 1)
        let text = outcome.standardOutput
        #expect(text.contains("nested too deeply"))
        #expect(text.contains("NaN or Infinity: invalid JSON at byte"))
        #expect(text.contains("limits:"))
        #expect(count(of: "nodes", in: text) == 172)
        #expect(count(of: "operation series", in: text) == 88)
        #expect(count(of: "field length", in: text) == 1)
        #expect(count(of: "line length", in: text) == 1)
    }
}
