import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct SourceHubTests {
    /// Waits up to `timeout` seconds for `condition` to hold on the live state.
    private func wait(_ state: LiveState, timeout: Double = 5, until condition: (LiveState.Contents) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if state.withContents({ condition($0) }) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    private let sampleLines = [
        #"{"type":"Heartbeat","node":"n1","sequence":1,"interval_ms":2000}"#,
        #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":71.5,"node":"n1"}"#,
        #"{"type":"ThroughputMetric","operation":"event_emission","rate_per_sec":1250,"node":"n1"}"#,
        "[EmitterWorker:reg_gh] 🩺 SUBSCRIBED to health events for store: reg_gh",
        #"{"type":"ClusterHealth""#,
        #"{"type":"StoreTopology","store":"reg_gh","leader":"n1","members":["n1","n2","n3"]}"#,
        "\u{1B}[38;5;0;48;5;214m[EmitterWorker:orders] event sent\u{1B}[0m",
    ]

    @Test func linesFromAPipeAreDecodedAndFoldedWithTheSourcesState() throws {
        let pipe = Pipe()
        let collector = FileDescriptorCollector(descriptor: pipe.fileHandleForReading.fileDescriptor)
        let hub = SourceHub(collectors: [collector])
        let state = LiveState(sources: [collector.id])
        hub.start(sink: state.apply)
        defer { hub.stop() }
        try pipe.fileHandleForWriting.write(contentsOf: Data((sampleLines.joined(separator: "\n") + "\n").utf8))
        try pipe.fileHandleForWriting.close()
        #expect(wait(state) { $0.sourceStates[collector.id] == .ended })
        state.withContents { contents in
            #expect(contents.store.counters.events == 6)
            #expect(contents.store.counters.rejectedByReason == [.invalidJSON: 1])
            #expect(contents.store.nodes["n1"]?.resources[.memory]?.latest.usagePercent == 71.5)
            #expect(contents.store.logs.first?.entry.classified.family == .success)
            #expect(contents.store.logs.last?.entry.classified.family == .action)
            #expect(contents.store.logs.last?.entry.message == "[EmitterWorker:orders] event sent")
            #expect(contents.store.topology["reg_gh"]?.topology.leader == "n1")
        }
        #expect(state.allSourcesFinished)
    }

    @Test func aRecordingReplayedAtMaximumSpeedFoldsIntoTheSameState() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = directory.appendingPathComponent("live.rec").path

        let pipe = Pipe()
        let live = FileDescriptorCollector(descriptor: pipe.fileHandleForReading.fileDescriptor)
        let liveHub = SourceHub(collectors: [live], recorder: try Recorder(path: recording))
        let liveState = LiveState(sources: [live.id])
        liveHub.start(sink: liveState.apply)
        for round in 0..<3 {
            let lines = sampleLines.map { $0.replacingOccurrences(of: "1250", with: String(1250 + round)) }
            try pipe.fileHandleForWriting.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
            Thread.sleep(forTimeInterval: 0.05)
        }
        try pipe.fileHandleForWriting.close()
        #expect(wait(liveState) { $0.sourceStates[live.id] == .ended })
        liveHub.stop()

        let replay = ReplayCollector(path: recording, speed: .maximum)
        let replayHub = SourceHub(collectors: [replay])
        let replayState = LiveState(sources: [replay.id])
        replayHub.start(sink: replayState.apply)
        defer { replayHub.stop() }
        #expect(wait(replayState) { $0.sourceStates[replay.id] == .ended })

        let (liveStore, replayStore) = (liveState.withContents { $0.store }, replayState.withContents { $0.store })
        #expect(replayStore.counters == liveStore.counters)
        #expect(replayStore.lastActivity == liveStore.lastActivity)
        #expect(Array(replayStore.logs) == Array(liveStore.logs))
        #expect(replayStore.logs.last?.entry.classified.family == .action)
        #expect(replayStore.throughput.storage == liveStore.throughput.storage)
        #expect(replayStore.nodes["n1"]?.lastSeen == liveStore.nodes["n1"]?.lastSeen)
        #expect(replayStore.nodes["n1"]?.resources.storage == liveStore.nodes["n1"]?.resources.storage)
        #expect(replayStore.topology.storage == liveStore.topology.storage)
        #expect(replayStore.clusterView(at: 2e9) == liveStore.clusterView(at: 2e9))
    }
}
