import Foundation
import Testing
import ExESDBMonitor
@testable import ExESDBCollectors

@Suite struct ReplayTests {
    private let tricky = [
        "{\"type\":\"Heartbeat\",\"node\":\"node1@demo\"}",
        "\u{1B}[38;5;15;48;5;4m  ★ EMITTER WORKER ACTIVATION ★ \u{1B}[0m",
        "quote \" backslash \\ tab \t bell \u{07} del \u{7F} nul \u{00} sep \u{2028} 🩺",
        "",
    ]

    @Test func escaperRoundTripsEveryScalarClassThroughAJSONParser() async throws {
        var samples = tricky
        samples.append(String((0..<32).map { Character(Unicode.Scalar($0)!) }))
        for sample in samples {
            let quoted = JSONValue.string(sample).compactText
            #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 })
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(parsed == [sample])
        }
    }

    @Test func replayReproducesLinesSourcesAndTiming() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString).ndjson").path
        let recorder = try Recorder(path: path)
        let base = 1_795_700_701.0
        let offsets = [0.0, 0.1, 0.1, 0.4]
        let sources = [SourceID("tcp://10.0.0.5:7755"), SourceID("demo"), SourceID("demo"), SourceID("file:/var/log/x")]
        for index in tricky.indices {
            recorder.record(.lines([ReceivedLine(
                source: sources[index], bytes: Array(tricky[index].utf8), receivedAt: base + offsets[index])]))
        }
        recorder.close()
        #expect(recorder.recordedLineCount == 4)
        try "not a recording entry\n".data(using: .utf8).map { data in
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
            try handle.close()
        }

        let replay = ReplayCollector(path: path, speed: .factor(2))
        let log = OutputLog()
        replay.start(deliver: log.deliver)
        defer { replay.stop() }
        #expect(await log.wait(timeout: 15) { $0.lastState == .ended })
        let lines = log.receivedLines
        #expect(lines.map(\.text) == tricky)
        #expect(lines.map(\.source) == sources)
        let gaps = lines.map { $0.receivedAt - lines[0].receivedAt }
        for (gap, offset) in zip(gaps, offsets) {
            #expect(abs(gap - offset / 2) < 0.001)
        }
        #expect(replay.skippedEntryCount == 1)
        #expect(replay.id == SourceID("replay:\(path)"))
    }

    @Test func maximumSpeedDoesNotWait() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString).ndjson").path
        let recorder = try Recorder(path: path)
        recorder.record((0..<1_000).map {
            ReceivedLine(source: SourceID("demo"), bytes: Array("line \($0)".utf8), receivedAt: 1000 + Double($0))
        })
        recorder.close()
        let replay = ReplayCollector(path: path, speed: .maximum)
        let log = OutputLog()
        let started = Date()
        replay.start(deliver: log.deliver)
        #expect(await log.wait(timeout: 60) { $0.lastState == .ended })
        #expect(Date().timeIntervalSince(started) < 60, "a recording spanning 1,000 s is not played in real time")
        #expect(log.lines == (0..<1_000).map { "line \($0)" })
    }
}
