import Dashboard
import ExESDBMonitor
import Testing

/// A node that reports numbers too large for an integer (valid JSON) is drawn, not a crash of the console.
@Suite struct HugeNumberRenderingTests {
    init() { TextLocale.prepare() }

    private static func model() -> DashboardModel {
        var store = Store()
        for line in [
            #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":1e300,"total_available":1e300,"current_used":1e300,"node":"n1"}"#,
            #"{"type":"ResourceUsage","resource_type":"network","rx_bytes_per_sec":1e300,"tx_bytes_per_sec":-1e300,"node":"n1"}"#,
            #"{"type":"ThroughputMetric","operation":"append","rate_per_sec":1e300,"node":"n1"}"#,
            #"{"type":"LatencyMetric","operation":"append","latency_ms":1e300,"percentile":"p99","node":"n1"}"#,
            #"{"type":"Heartbeat","node":"n1","interval_ms":1e300}"#,
        ] {
            Fixture.apply(line, at: Fixture.now, to: &store)
        }
        return DashboardModel(store: store, now: Fixture.now)
    }

    @Test func hugeResourceAndMetricValuesAreDrawn() {
        for (width, height) in [(200, 60), (80, 24)] {
            let lines = Fixture.render(Self.model(), width: width, height: height).plainLines()
            #expect(lines.contains { $0.contains("n1") && $0.contains("1.0") }, "\(width)×\(height): the node row")
        }
        let wide = Fixture.render(Self.model(), width: 200, height: 60).plainLines()
        #expect(wide.contains { $0.contains(" mem ") && $0.contains("1.0e") }, "the memory gauge")
        #expect(wide.contains { $0.contains("append") && $0.contains("1.0e300") }, "the throughput row, as a power of ten")
    }
}
