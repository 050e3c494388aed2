/// Names one metric series: an operation on a node, and for latency the statistic.
public struct SeriesKey: Sendable, Hashable, Comparable {
    public var operation: String
    public var node: String
    /// The latency statistic; nil for throughput.
    public var percentile: Percentile?

    public init(operation: String, node: String, percentile: Percentile? = nil) {
        self.operation = operation
        self.node = node
        self.percentile = percentile
    }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        (lhs.operation, lhs.node, lhs.percentile?.wireText ?? "") < (rhs.operation, rhs.node, rhs.percentile?.wireText ?? "")
    }
}
