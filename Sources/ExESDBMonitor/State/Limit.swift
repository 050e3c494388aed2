/// One of the caps that keep the console bounded whatever arrives, as the Limits table lists them.
public enum Limit: String, Sendable, Hashable, CaseIterable {
    /// Lines over `DecodeLimits.lineLength`: rejected.
    case lineLength = "line length"
    /// Arrays and objects nested deeper than `DecodeLimits.nestingDepth`: rejected.
    case nestingDepth = "JSON nesting depth"
    /// `NaN` and `Infinity` literals, which JSON does not have: rejected.
    case nonFiniteNumber = "NaN/Infinity literals"
    /// Names and texts longer than their cap: truncated with `…`.
    case fieldLength = "field length"
    /// Numbers beyond Double's range (`1e309`): clamped.
    case numberRange = "number range"
    /// Integers beyond 64 bits: kept as the nearest Double.
    case hugeInteger = "integer size"
    /// Distinct nodes.
    case nodes = "nodes"
    /// Distinct stores (topologies).
    case stores = "stores"
    /// Distinct throughput and latency series (operation × node × percentile).
    case series = "operation series"
    /// Distinct components of one node.
    case components = "components per node"
    /// Distinct health checks of one node.
    case healthChecks = "health checks per node"
    /// Distinct performance metrics of one node.
    case performanceMetrics = "perf. metrics per node"
    /// Distinct resource types of one node (a node may name its own beyond cpu, memory, disk and network).
    case resourceTypes = "resource types per node"
    /// Alerts active at once (distinct alert keys).
    case activeAlerts = "active alerts"
    /// Subjects the local alert rules track at once.
    case ruleSubjects = "alert rule subjects"
}
