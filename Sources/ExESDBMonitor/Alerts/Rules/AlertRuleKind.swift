/// What a local rule watches. Every kind reads one number per subject and compares it with the rule's levels.
public enum AlertRuleKind: Sendable, Hashable {
    /// Usage percentage of a resource on each node; fires at or above the levels.
    case resource(ResourceType)
    /// A latency statistic of an operation (nil: every operation) on each node, in ms; fires at or above the levels.
    case latency(operation: String?, percentile: Percentile)
    /// The rate of an operation (nil: every operation) on each node, per second; fires below the levels.
    case throughputFloor(operation: String?)
    /// Each node's reported status, read as 0 healthy, 1 degraded, 2 unhealthy; fires at or above the levels.
    case nodeHealth
    /// The cluster's status, read as 0 healthy, 1 degraded, 2 unhealthy; fires at or above the levels.
    case clusterHealth
    /// The cluster's quorum, read as 0 available, 1 lost; fires at or above the levels.
    case quorum
    /// Seconds since anything arrived from each node; fires at or above the levels.
    case staleness

    /// The name used in configuration files.
    public var configurationName: String {
        switch self {
        case .resource: return "resource"
        case .latency: return "latency"
        case .throughputFloor: return "throughput"
        case .nodeHealth: return "node_health"
        case .clusterHealth: return "cluster_health"
        case .quorum: return "quorum"
        case .staleness: return "staleness"
        }
    }

    /// True when the rule fires on values below its levels (a floor), false when above (a ceiling).
    public var firesBelow: Bool {
        if case .throughputFloor = self { return true }
        return false
    }

    /// True when an alert of this kind says its node is down, so it folds the node's other alerts.
    public var reportsNodeDown: Bool {
        if case .staleness = self { return true }
        return false
    }

    /// True when the rule is about one node at a time (false: about the whole cluster).
    public var isPerNode: Bool {
        switch self {
        case .clusterHealth, .quorum: return false
        default: return true
        }
    }

    /// The unit its values are shown in.
    public var unit: String {
        switch self {
        case .resource: return "%"
        case .latency: return " ms"
        case .throughputFloor: return "/s"
        case .staleness: return " s"
        case .nodeHealth, .clusterHealth, .quorum: return ""
        }
    }
}
