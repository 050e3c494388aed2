import Testing
@testable import ExESDBMonitor

/// Fields today's ExESDB fills wrongly: the event is kept and the odd value shown as text.
@Suite struct LenientDecodingTests {
    @Test func clusterHealthWithAListForStatusAndANameForTotalNodes() {
        let line = #"{"type":"cluster_health_updated","status":["node1","node2"],"healthy_nodes":2,"total_nodes":":node1"}"#
        guard let decoded = event(line), case .clusterHealth(let health) = decoded.message else {
            Issue.record("not decoded"); return
        }
        #expect(health.status == .other(#"["node1","node2"]"#))
        #expect(health.totalNodes == nil)
        #expect(health.healthyNodes == 2)
        #expect(decoded.oddities == [
            Oddity(field: "status", text: #"["node1","node2"]"#), Oddity(field: "total_nodes", text: #"":node1""#),
        ])
    }

    @Test func systemAlertWithShiftedArgumentsIsReadBackIntoPlace() {
        let line = #"{"type":"system_alert","severity":"node_failure","category":"critical","title":"Node failure","description":{"node":"n4"}}"#
        guard let decoded = event(line), case .systemAlert(let alert) = decoded.message else {
            Issue.record("not decoded"); return
        }
        #expect(alert.severity == .critical)
        #expect(alert.alertType == "node_failure")
        #expect(alert.category == nil)
        #expect(alert.description == #"{"node":"n4"}"#)
        #expect(decoded.oddities.map(\.field) == ["severity", "category", "description"])
    }

    @Test func anUnknownSeverityWithoutAShiftIsKeptAsText() {
        guard case .systemAlert(let alert) = event(#"{"type":"SystemAlert","alert_id":"x","severity":"apocalyptic"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(alert.severity == .other("apocalyptic"))
        #expect(alert.title == "x")
    }

    @Test func aSystemAlertTakesItsTypeFromTheTopic() {
        guard case .systemAlert(let alert) = event(#"{"type":"SystemAlert","title":"t","topic":"store_failure"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(alert.alertType == "store_failure")
    }

    @Test func numbersInStringsAndNamesInNumbers() {
        guard let decoded = event(#"{"type":"LatencyMetric","operation":42,"latency_ms":"12.5","sample_count":"many"}"#),
              case .latencyMetric(let metric) = decoded.message
        else { Issue.record("not decoded"); return }
        #expect(metric.operation == "42")
        #expect(metric.latencyMs == 12.5)
        #expect(metric.sampleCount == nil)
        #expect(decoded.oddities == [Oddity(field: "sample_count", text: #""many""#)])
    }

    @Test func anUnreadableTimestampFallsBackToReceiveTime() {
        guard let decoded = event(#"{"type":"HealthCheck","check_name":"c","timestamp":"yesterday"}"#) else {
            Issue.record("not decoded"); return
        }
        #expect(decoded.time.isReceiveTime)
        #expect(decoded.oddities == [Oddity(field: "timestamp", text: #""yesterday""#)])
    }
}
