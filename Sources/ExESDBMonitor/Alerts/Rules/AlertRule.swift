/// A local alert rule: a number watched per subject (node, operation, the cluster), with a warning and a
/// critical level, a `for` duration the condition must hold before it fires, and a hysteresis band it must
/// leave before it clears.
public struct AlertRule: Sendable, Hashable {
    /// Names the rule in alert keys and on screen; unique within a rule set.
    public var name: String
    public var kind: AlertRuleKind
    /// Only this node, when set (per-node kinds).
    public var node: String?
    /// The level that raises a warning, if any.
    public var warning: Double?
    /// The level that raises a critical alert, if any.
    public var critical: Double?
    /// Seconds the condition must hold before the alert fires.
    public var duration: Double
    /// How far back past a level the value must go before that level stops holding.
    public var hysteresis: Double

    /// A rule; at least one of `warning` and `critical` should be set.
    public init(
        name: String, kind: AlertRuleKind, node: String? = nil, warning: Double?, critical: Double?,
        duration: Double = 0, hysteresis: Double = 0
    ) {
        self.name = name
        self.kind = kind
        self.node = node
        self.warning = warning
        self.critical = critical
        self.duration = duration
        self.hysteresis = hysteresis
    }

    /// Whether `value` is past `level`: at or above it for ceilings, below it for floors.
    public func exceeds(_ value: Double, _ level: Double) -> Bool {
        kind.firesBelow ? value < level : value >= level
    }

    /// Whether a level already firing still holds at `value`: past the level, or inside the hysteresis band.
    public func holds(_ value: Double, _ level: Double) -> Bool {
        if exceeds(value, level) { return true }
        return kind.firesBelow ? value < level + hysteresis : value > level - hysteresis
    }

    /// The rules used when the configuration names none: memory 85/95 %, cpu 90/98 %, disk 85/95 % (for
    /// 30 s, 5 points of hysteresis), p99 latency 100/500 ms (for 30 s), staleness 30 s, node unhealthy,
    /// cluster degraded (warning) or unhealthy (critical), quorum lost (critical).
    public static let defaults: [AlertRule] = [
        AlertRule(name: "memory", kind: .resource(.memory), warning: 85, critical: 95, duration: 30, hysteresis: 5),
        AlertRule(name: "cpu", kind: .resource(.cpu), warning: 90, critical: 98, duration: 30, hysteresis: 5),
        AlertRule(name: "disk", kind: .resource(.disk), warning: 85, critical: 95, duration: 30, hysteresis: 2),
        AlertRule(name: "latency-p99", kind: .latency(operation: nil, percentile: .p99), warning: 100, critical: 500,
                  duration: 30, hysteresis: 10),
        AlertRule(name: "stale-node", kind: .staleness, warning: nil, critical: 30),
        AlertRule(name: "node-down", kind: .nodeHealth, warning: nil, critical: 2),
        AlertRule(name: "cluster-health", kind: .clusterHealth, warning: 1, critical: 2),
        AlertRule(name: "quorum", kind: .quorum, warning: nil, critical: 1),
    ]
}
