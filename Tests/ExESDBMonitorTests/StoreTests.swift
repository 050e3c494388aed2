import Testing
@testable import ExESDBMonitor

@Suite struct StoreTests {
    private func apply(_ lines: [String], to store: inout Store, at time: Double) {
        for line in lines { store.apply(EventDecoder().decode(line, receivedAt: time), at: time) }
    }

    @Test func aNodeSilentForLongerThanItsHeartbeatIntervalIsStale() {
        var store = Store()
        apply([#"{"type":"Heartbeat","node":"n1","sequence":1,"interval_ms":2000}"#], to: &store, at: 100)
        let node = store.nodes["n1"]!
        #expect(!store.isStale(node, at: 103.9))
        #expect(store.isStale(node, at: 104.1))
        #expect(store.clusterView(at: 104.1).staleNodes == ["n1"])
        #expect(store.clusterView(at: 104.1).isStale)
    }

    @Test func withoutAHeartbeatTheDefaultIntervalApplies() {
        var store = Store()
        apply([#"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":5,"node":"n1"}"#], to: &store, at: 0)
        #expect(!store.isStale(store.nodes["n1"]!, at: 10))
        #expect(store.isStale(store.nodes["n1"]!, at: 10.1))
    }

    @Test func clusterStatusIsDerivedFromNodesWhenNoClusterHealthArrives() {
        var store = Store()
        apply([
            #"{"type":"NodeHealth","node":"n1","status":"healthy"}"#,
            #"{"type":"NodeHealth","node":"n2","status":"healthy"}"#,
            #"{"type":"NodeHealth","node":"n3","status":"degraded"}"#,
        ], to: &store, at: 0)
        let view = store.clusterView(at: 1)
        #expect(view.status == .degraded)
        #expect(view.quorum == .available)
        #expect(view.basis == .derived)
        #expect((view.healthyNodes, view.totalNodes) == (2, 3))
        apply([#"{"type":"NodeHealth","node":"n2","status":"unhealthy"}"#], to: &store, at: 1)
        #expect(store.clusterView(at: 1).status == .unhealthy)
        #expect(store.clusterView(at: 1).quorum == .lost)
    }

    @Test func aFreshClusterHealthIsShownAndAnOldOneGivesWayToTheDerivedView() {
        var store = Store()
        apply([
            #"{"type":"NodeHealth","node":"n1","status":"healthy"}"#,
            #"{"type":"ClusterHealth","status":"degraded","healthy_nodes":3,"total_nodes":4,"unhealthy_nodes":["n4"],"quorum_status":"available"}"#,
        ], to: &store, at: 0)
        let fresh = store.clusterView(at: 5)
        #expect(fresh.basis == .reported)
        #expect((fresh.status, fresh.healthyNodes, fresh.totalNodes) == (.degraded, 3, 4))
        #expect(store.nodes["n4"]?.reportedStatus == .unhealthy)
        apply([#"{"type":"NodeHealth","node":"n1","status":"healthy"}"#], to: &store, at: 31)
        #expect(store.clusterView(at: 31).basis == .derived)
    }

    @Test func quorumHeadroomCountsMembersNeitherStaleNorUnhealthy() {
        var store = Store()
        apply([
            #"{"type":"StoreTopology","store":"s","leader":"n1","members":["n1","n2","n3"]}"#,
            #"{"type":"Heartbeat","node":"n1","interval_ms":1000}"#,
            #"{"type":"Heartbeat","node":"n2","interval_ms":1000}"#,
            #"{"type":"Heartbeat","node":"n3","interval_ms":60000}"#,
        ], to: &store, at: 0)
        #expect(store.quorumHeadroom(of: "s", at: 1) == 1)
        #expect(store.quorumHeadroom(of: "s", at: 3) == -1)
        #expect(store.quorumHeadroom(of: "unknown", at: 3) == nil)
    }

    @Test func seriesAndResourcesKeepTheirHistory() {
        var store = Store()
        for second in 0..<400 {
            apply([
                #"{"type":"ThroughputMetric","operation":"w","rate_per_sec":\#(second),"node":"n"}"#,
                #"{"type":"LatencyMetric","operation":"w","latency_ms":\#(second),"percentile":"p99","node":"n"}"#,
                #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":\#(second % 100),"node":"n"}"#,
            ], to: &store, at: Double(second))
        }
        let throughput = store.throughput[SeriesKey(operation: "w", node: "n")]!
        #expect(throughput.count == store.limits.historyLength)
        #expect(throughput.last == Sample(time: 399, value: 399))
        #expect(store.latency[SeriesKey(operation: "w", node: "n", percentile: .p99)]?.last?.value == 399)
        #expect(store.nodes["n"]?.resources[.memory]?.history.count == store.limits.historyLength)
        #expect(store.nodes["n"]?.resources[.memory]?.latest.usagePercent == 99)
    }

    @Test func oddValuesAreKeptForTheDiagnosticsView() {
        var store = Store()
        apply([#"{"type":"ClusterHealth","status":["n1"],"total_nodes":"n1","node":"n1"}"#], to: &store, at: 5)
        #expect(store.recentOddities.map(\.value) == [
            OddityRecord(type: .clusterHealth, node: "n1", oddity: Oddity(field: "status", text: #"["n1"]"#)),
            OddityRecord(type: .clusterHealth, node: "n1", oddity: Oddity(field: "total_nodes", text: #""n1""#)),
        ])
    }

    @Test func networkHistoryKeepsTheTransferRateWhenNoPercentageIsSent() {
        var store = Store()
        apply([#"{"type":"ResourceUsage","resource_type":"network","rx_bytes_per_sec":1000,"tx_bytes_per_sec":24,"node":"n"}"#], to: &store, at: 1)
        #expect(store.nodes["n"]?.resources[.network]?.history.last == Sample(time: 1, value: 1024))
    }

    @Test func aMillionEventsLeaveEveryCollectionAtItsCap() {
        var store = Store()
        let decoder = EventDecoder()
        let templates = [
            #"{"type":"ThroughputMetric","operation":"op#","rate_per_sec":1,"node":"n#"}"#,
            #"{"type":"LatencyMetric","operation":"op#","latency_ms":1,"percentile":"p99","node":"n#"}"#,
            #"{"type":"ComponentHealth","component":"c#","status":"healthy","node":"n1"}"#,
            #"{"type":"HealthCheck","check_name":"k#","result":"pass","node":"n1"}"#,
            #"{"type":"StoreTopology","store":"s#","members":["n1"]}"#,
            #"{"type":"SystemAlert","alert_id":"a#","title":"t","node":"n1"}"#,
            #"{"type":"DebugTrace","trace_id":"t#","node":"n1"}"#,
            #"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":1,"node":"n#"}"#,
            "log line #",
            #"{"broken#"#,
        ]
        for index in 0..<1_000_000 {
            let line = templates[index % templates.count].replacingOccurrences(of: "#", with: String(index))
            store.apply(decoder.decode(line, receivedAt: Double(index)), at: Double(index))
        }
        let limits = store.limits
        #expect(store.nodes.count == limits.nodes)
        #expect(store.nodes.overflowCount > 0)
        #expect(store.throughput.count == limits.series)
        #expect(store.latency.count == limits.series)
        #expect(store.topology.count == limits.stores)
        #expect(store.nodes["n1"]!.components.count == limits.componentsPerNode)
        #expect(store.nodes["n1"]!.checks.count == limits.checksPerNode)
        #expect(store.nodes["n1"]!.traces.count == limits.diagnosticsPerNode)
        #expect(store.logs.count == limits.logs)
        #expect(store.alertInputs.count == limits.alertInputs)
        #expect(store.recentRejections.count == limits.recentRejections)
        #expect(store.counters.rejected == 100_000)
        #expect(store.counters.events == 900_000)
    }
}
