/// Operations counted over a window, with their rate.
public struct ThroughputMetric: Sendable, Hashable {
    public var operation: String
    public var count: Double?
    public var durationMs: Double?
    /// Operations per second: as sent, or count ÷ duration when only those came.
    public var ratePerSecond: Double

    public init(operation: String, ratePerSecond: Double, count: Double? = nil, durationMs: Double? = nil) {
        self.operation = operation
        self.ratePerSecond = ratePerSecond
        self.count = count
        self.durationMs = durationMs
    }

    /// Reads the fields of a `ThroughputMetric` line; without a rate it needs count and duration.
    public init(reading fields: inout FieldReader) {
        operation = fields.requiredName(.operation) ?? ""
        count = fields.number(.count)
        durationMs = fields.number(.durationMs)
        if let rate = fields.number(.ratePerSec, or: .rate) {
            ratePerSecond = rate
        } else if let count, let durationMs, durationMs > 0 {
            ratePerSecond = count * 1000 / durationMs
        } else {
            ratePerSecond = 0
            _ = fields.requiredText(.ratePerSec)
        }
    }
}
