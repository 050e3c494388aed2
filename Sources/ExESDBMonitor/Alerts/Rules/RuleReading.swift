/// One number a rule read from the store for one subject (a node, an operation on a node, the cluster).
public struct RuleReading: Sendable, Hashable {
    /// The alert key of this rule and subject.
    public var key: String
    public var node: String?
    public var operation: String?
    public var value: Double

    public init(key: String, node: String?, operation: String?, value: Double) {
        self.key = key
        self.node = node
        self.operation = operation
        self.value = value
    }

    /// Reads every subject of `rule` in `store` at `now`. Subjects without a value (no sample yet, an unknown
    /// status) are left out: no data neither fires nor clears a rule.
    public static func readings(of rule: AlertRule, in store: Store, at now: Double) -> [RuleReading] {
        func wanted(_ node: String) -> Bool { rule.node == nil || rule.node == node }
        func reading(node: String?, operation: String? = nil, value: Double) -> RuleReading {
            RuleReading(key: AlertKey.rule(rule.name, node: node, operation: operation), node: node,
                        operation: operation, value: value)
        }
        func series(_ map: CappedMap<SeriesKey, BoundedRing<Sample>>, operation: String?, percentile: Percentile?)
            -> [RuleReading] {
            map.storage.compactMap { key, ring in
                guard key.percentile == percentile, operation == nil || key.operation == operation,
                      wanted(key.node), let latest = ring.last, latest.value.isFinite else { return nil }
                return reading(node: key.node.isEmpty ? nil : key.node, operation: key.operation, value: latest.value)
            }
        }
        switch rule.kind {
        case .resource(let type):
            return store.nodes.values.compactMap { node in
                guard wanted(node.name), let percent = node.resources[type]?.latest.usagePercent, percent.isFinite
                else { return nil }
                return reading(node: node.name, value: percent)
            }
        case .latency(let operation, let percentile):
            return series(store.latency, operation: operation, percentile: percentile)
        case .throughputFloor(let operation):
            return series(store.throughput, operation: operation, percentile: nil)
        case .nodeHealth:
            return store.nodes.values.compactMap { node in
                guard wanted(node.name), let level = healthLevel(node.reportedStatus) else { return nil }
                return reading(node: node.name, value: level)
            }
        case .clusterHealth:
            let view = store.clusterView(at: now)
            guard view.totalNodes > 0, let level = healthLevel(view.status) else { return [] }
            return [reading(node: nil, value: level)]
        case .quorum:
            switch store.clusterView(at: now).quorum {
            case .lost: return [reading(node: nil, value: 1)]
            case .available: return [reading(node: nil, value: 0)]
            default: return []
            }
        case .staleness:
            return store.nodes.values.compactMap { node in
                wanted(node.name) ? reading(node: node.name, value: max(0, now - node.lastSeen)) : nil
            }
        }
    }

    private static func healthLevel(_ status: HealthStatus) -> Double? {
        switch status {
        case .healthy: return 0
        case .degraded: return 1
        case .unhealthy: return 2
        default: return nil
        }
    }
}
