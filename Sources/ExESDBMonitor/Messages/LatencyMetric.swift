/// One latency statistic of an operation.
public struct LatencyMetric: Sendable, Hashable {
    public var operation: String
    public var latencyMs: Double
    public var percentile: Percentile
    public var sampleCount: Int?

    public init(operation: String, latencyMs: Double, percentile: Percentile, sampleCount: Int? = nil) {
        self.operation = operation
        self.latencyMs = latencyMs
        self.percentile = percentile
        self.sampleCount = sampleCount
    }

    /// Reads the fields of a `LatencyMetric` line; the latency itself is required.
    public init(reading fields: inout FieldReader) {
        operation = fields.requiredName(.operation) ?? ""
        percentile = fields.enumeration(Percentile.self, .percentile) ?? .avg
        sampleCount = fields.integer(.sampleCount)
        if let latency = fields.number(.latencyMs) {
            latencyMs = latency
        } else {
            latencyMs = 0
            _ = fields.requiredText(.latencyMs)
        }
    }
}
