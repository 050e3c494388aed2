import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBConsole

@Suite struct IncidentRecorderTests {
    private let directory = TemporaryDirectory()
    private var incidents: String { directory.path + "/exesdb-top/incidents" }

    @Test func aBundleHoldsTheLinesTheScreenAndTheAlert() throws {
        let recorder = IncidentRecorder(directory: incidents)
        let lines = [
            RecordingEntry(time: 1_795_700_700.5, source: "tcp://127.0.0.1:7755", line: #"{"type":"Heartbeat","node":"n1"}"#),
            RecordingEntry(time: 1_795_700_701, source: "tcp://127.0.0.1:7755", line: "raw \"log\" line"),
        ]
        let bundle = try recorder.record(alert: nodeFailureAlert(), lines: lines, snapshot: "ExESDB ▲ degraded\nn2 ✖ down\n",
                                         at: 1_795_700_702)
        #expect(bundle == incidents + "/20261126T134502Z-alert_12345")
        let recorded = try String(contentsOfFile: bundle + "/lines.ndjson", encoding: .utf8)
        #expect(recorded.hasPrefix(#"{"t":1795700700.5,"source":"tcp://127.0.0.1:7755","line":"{\"type\":\"Heartbeat\""#))
        let replayed = recorded.split(separator: "\n").map { RecordingEntry(decoding: Array($0.utf8)) }
        #expect(replayed == lines, "the bundle's lines read back exactly as received, times to the last bit")
        #expect(try String(contentsOfFile: bundle + "/snapshot.txt", encoding: .utf8) == "ExESDB ▲ degraded\nn2 ✖ down\n")
        let alert = try JSONReader.parseObject(String(contentsOfFile: bundle + "/alert.json", encoding: .utf8))
        #expect(alert["key"] == .string("alert_12345"))
        #expect(alert["node"] == .string("n2"))
        #expect(alert["severity"] == .string("critical"))
        #expect(alert["first_seen"] == .string("2026-11-26T13:45:01.000Z"))
        let mode = try FileManager.default.attributesOfItem(atPath: bundle + "/alert.json")[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func bundlesAreBoundedInCountOldestRemoved() throws {
        let recorder = IncidentRecorder(directory: incidents, maximumBundles: 3)
        for index in 0..<5 {
            try recorder.record(alert: nodeFailureAlert(), lines: [], snapshot: "", at: 1_795_700_000 + Double(index))
        }
        #expect(recorder.bundles().map { URL(fileURLWithPath: $0).lastPathComponent } == [
            "20261126T133322Z-alert_12345", "20261126T133323Z-alert_12345", "20261126T133324Z-alert_12345",
        ])
    }

    @Test func twoBundlesInOneSecondGetDistinctDirectoriesAndKeysAreMadeSafe() throws {
        let recorder = IncidentRecorder(directory: incidents)
        var alert = nodeFailureAlert()
        alert.key = "rule:memory:n1@host/../x"
        let first = try recorder.record(alert: alert, lines: [], snapshot: "", at: 1_795_700_000)
        let second = try recorder.record(alert: alert, lines: [], snapshot: "", at: 1_795_700_000.4)
        #expect(first.hasSuffix("/20261126T133320Z-rule_memory_n1_host_.._x"))
        #expect(second == first + "-2")
    }

    @Test func linesAndSnapshotAreCappedKeepingTheNewestLines() throws {
        let recorder = IncidentRecorder(directory: incidents, maximumLinesBytes: 200, maximumSnapshotBytes: 10)
        let lines = (0..<10).map { RecordingEntry(time: Double($0), source: "s", line: "line \($0)") }
        let bundle = try recorder.record(alert: nodeFailureAlert(), lines: lines, snapshot: "row one\nrow two\n", at: 0)
        let kept = try String(contentsOfFile: bundle + "/lines.ndjson", encoding: .utf8).split(separator: "\n")
        let fitting = 200 / (lines[9].encoded.utf8.count + 1)
        #expect(fitting < lines.count)
        #expect(kept.count == fitting)
        #expect(kept.last?.hasSuffix(#""line":"line 9"}"#) == true)
        #expect(kept.first?.hasSuffix(#""line":"line \#(lines.count - fitting)"}"#) == true)
        #expect(try String(contentsOfFile: bundle + "/snapshot.txt", encoding: .utf8) == "row one\n")
    }

    @Test func anUnwritableDirectoryIsAnErrorValue() {
        _ = FileManager.default.createFile(atPath: directory.path + "/file", contents: Data())
        let recorder = IncidentRecorder(directory: directory.path + "/file/incidents")
        #expect(throws: IncidentError(path: directory.path + "/file/incidents", reason: "not a directory")) {
            try recorder.record(alert: nodeFailureAlert(), lines: [], snapshot: "", at: 0)
        }
    }
}
