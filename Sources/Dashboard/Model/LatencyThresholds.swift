/// Latencies (ms) above which a value is drawn in the warning or critical style.
public struct LatencyThresholds: Sendable, Hashable {
    /// Above this the value is a warning.
    public var warningMs: Double
    /// Above this the value is critical.
    public var criticalMs: Double

    /// Thresholds in milliseconds; the defaults are those for p99.
    public init(warningMs: Double = 100, criticalMs: Double = 500) {
        self.warningMs = warningMs
        self.criticalMs = criticalMs
    }
}
