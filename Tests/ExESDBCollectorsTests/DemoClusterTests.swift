import Foundation
import Testing
import ExESDBMonitor
@testable import ExESDBCollectors

@Suite struct DemoClusterTests {
    private let cluster = DemoCluster(seed: 7, startEpoch: 1_795_700_000)

    private func objects(at second: Int) -> [[String: Any]] {
        cluster.lines(atSecond: second).compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private func objects(_ type: String, in seconds: Range<Int>) -> [(second: Int, object: [String: Any])] {
        seconds.flatMap { second in
            objects(at: second).filter { $0["type"] as? String == type }.map { (second, $0) }
        }
    }

    @Test func oneCycleCarriesEveryMessageTypeAndTheLogBoxes() async throws {
        var types = Set<String>()
        var raw: [String] = []
        for second in 0..<DemoStoryline.cycleLength {
            for line in cluster.lines(atSecond: second) {
                if line.hasPrefix("{"), let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
                    types.insert(object["type"] as? String ?? "?")
                } else {
                    raw.append(line)
                }
            }
        }
        #expect(types == [
            "ComponentHealth", "ClusterHealth", "HealthCheck", "NodeHealth", "ThroughputMetric", "LatencyMetric",
            "ResourceUsage", "MetricAlert", "PerformanceMetric", "SystemAlert", "AlertAck", "AlertEscalation",
            "DebugTrace", "PerformanceAnalysis", "SystemState", "LogEvent", "Heartbeat", "StoreTopology",
        ])
        #expect(raw.contains { $0.contains("💀 EMITTER WORKER TERMINATION 💀") && $0.hasPrefix("\u{1B}[38;5;15;48;5;1m") })
        #expect(raw.contains { $0.contains("★ EMITTER WORKER ACTIVATION ★") && $0.hasPrefix("\u{1B}[38;5;15;48;5;4m") })
        #expect(raw.contains { $0.hasPrefix("╔═") })
    }

    @Test func heartbeatsEveryTwoSecondsAndNode4FallsSilent() async throws {
        let steady = objects("Heartbeat", in: 0..<10).map { $0.object["node"] as? String }
        for node in DemoStoryline.nodes {
            #expect(steady.filter { $0 == node }.count == 5)
        }
        let outage = objects("Heartbeat", in: 150..<200).map { $0.object["node"] as? String }
        #expect(!outage.contains("node4@demo"))
        #expect(outage.filter { $0 == "node1@demo" }.count == 25)
        #expect(objects("Heartbeat", in: 200..<204).contains { $0.object["node"] as? String == "node4@demo" })
        #expect(objects("ThroughputMetric", in: 150..<200).allSatisfy { $0.object["node"] as? String != "node4@demo" })
    }

    @Test func memoryClimbsOnNode2ToWarningThenCritical() async throws {
        let alerts = objects("MetricAlert", in: 70..<130).filter { $0.object["node"] as? String == "node2@demo" }
        #expect(alerts.map(\.second) == [112, 124])
        #expect(alerts.map { $0.object["severity"] as? String } == ["warning", "critical"])
        let memory = objects("ResourceUsage", in: 70..<130).filter {
            $0.object["node"] as? String == "node2@demo" && $0.object["resource_type"] as? String == "memory"
        }.map { $0.object["usage_percent"] as? Double ?? 0 }
        #expect(memory.first! < 65 && memory.last! > 92)
    }

    @Test func p99SpikesOnOrdersLeaderDuringTheLatencyChapter() async throws {
        func p99(at seconds: Range<Int>) -> Double {
            let values = objects("LatencyMetric", in: seconds).filter {
                $0.object["node"] as? String == "node1@demo" && $0.object["operation"] as? String == "persistence_write"
                    && $0.object["percentile"] as? String == "p99"
            }.map { $0.object["latency_ms"] as? Double ?? 0 }
            return values.reduce(0, +) / Double(values.count)
        }
        #expect(p99(at: 50..<60) > 5 * p99(at: 10..<20))
        #expect(DemoStoryline.phase(at: 50) == .latencySpike)
    }

    @Test func node4FailureDegradesTheClusterKeepsQuorumAndMovesLeadership() async throws {
        let health = try #require(objects("ClusterHealth", in: 155..<156).first?.object)
        #expect(health["status"] as? String == "degraded")
        #expect(health["unhealthy_nodes"] as? [String] == ["node4@demo"])
        #expect(health["healthy_nodes"] as? Int == 3)
        #expect(health["quorum_status"] as? String == "available")
        let degraded = try #require(objects("ClusterHealth", in: 135..<136).first?.object)
        #expect(degraded["degraded_nodes"] as? [String] == ["node4@demo"])

        let alert = try #require(objects("SystemAlert", in: 150..<151).first?.object)
        #expect(alert["severity"] as? String == "critical")
        #expect(alert["topic"] as? String == "node_failure")
        #expect(alert["requires_ack"] as? Bool == true)

        let leaders = objects("StoreTopology", in: 140..<160).filter { $0.object["store"] as? String == "audit" }
            .map { ($0.second, $0.object["leader"] as? String ?? "") }
        #expect(leaders.filter { $0.0 < 150 }.allSatisfy { $0.1 == "node4@demo" })
        #expect(leaders.filter { $0.0 > 152 }.allSatisfy { $0.1 == "node3@demo" })
        #expect(objects("ClusterHealth", in: 210..<211).first?.object["status"] as? String == "healthy")
    }

    @Test func sameSeedSameLinesAndTheStoryRepeats() async throws {
        #expect(cluster.lines(atSecond: 33) == DemoCluster(seed: 7, startEpoch: 1_795_700_000).lines(atSecond: 33))
        #expect(cluster.lines(atSecond: 33) != DemoCluster(seed: 8, startEpoch: 1_795_700_000).lines(atSecond: 33))
        let later = objects("MetricAlert", in: 240 + 124..<240 + 125)
        #expect(later.first?.object["severity"] as? String == "critical")
        let steadyRate = (0..<10).map { cluster.lines(atSecond: $0).count }.reduce(0, +) / 10
        #expect(steadyRate > 60 && steadyRate < 200)
    }

    @Test func isoTimestampsAgreeWithFoundation() async throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var random = SeededGenerator(seed: 3)
        for _ in 0..<500 {
            let millis = Int64.random(in: 0..<4_102_444_800_000, using: &random)
            let expected = formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
            #expect(Timestamp.iso8601Text(epochMilliseconds: millis) == expected)
        }
    }

    @Test func collectorPacesSecondsBySpeed() async throws {
        let collector = DemoCollector(seed: 7, speed: 20, startingAt: 150)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lines.contains { $0.contains("\"alert_id\":\"demo-0-node4-failure\"") } })
        #expect(log.lastState == .connected)
    }
}
