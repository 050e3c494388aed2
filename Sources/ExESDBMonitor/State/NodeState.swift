/// Everything known about one node.
public struct NodeState: Sendable {
    public let name: String
    public internal(set) var firstSeen: Double
    /// Receive time of the latest line about this node.
    public internal(set) var lastSeen: Double
    /// Seconds between signs of life this node promised (its heartbeat interval), if it said.
    public internal(set) var heartbeatInterval: Double?
    public internal(set) var lastHeartbeat: Timed<Heartbeat>?
    public internal(set) var health: Timed<NodeHealth>?
    /// Status the latest ClusterHealth gave this node by listing it as degraded or unhealthy.
    public internal(set) var clusterListedStatus: HealthStatus?
    public internal(set) var components: CappedMap<String, Timed<ComponentHealth>>
    public internal(set) var checks: CappedMap<String, Timed<HealthCheck>>
    public internal(set) var resources: CappedMap<ResourceType, ResourceRecord>
    public internal(set) var performanceMetrics: CappedMap<String, Timed<PerformanceMetric>>
    public internal(set) var traces: BoundedRing<Timed<DebugTrace>>
    public internal(set) var analyses: BoundedRing<Timed<PerformanceAnalysis>>
    public internal(set) var snapshots: BoundedRing<Timed<SystemState>>

    init(name: String, at time: Double, limits: StoreLimits) {
        self.name = name
        firstSeen = time
        lastSeen = time
        components = CappedMap(capacity: limits.componentsPerNode)
        checks = CappedMap(capacity: limits.checksPerNode)
        performanceMetrics = CappedMap(capacity: limits.performanceMetricsPerNode)
        resources = CappedMap(capacity: limits.resourcesPerNode)
        traces = BoundedRing(capacity: limits.diagnosticsPerNode)
        analyses = BoundedRing(capacity: limits.diagnosticsPerNode)
        snapshots = BoundedRing(capacity: limits.diagnosticsPerNode)
    }

    /// Seconds between expected signs of life: the heartbeat interval, else the default.
    public func expectedInterval(limits: StoreLimits) -> Double {
        heartbeatInterval ?? limits.defaultNodeInterval
    }

    /// Whether the node has been silent for longer than it promised (with one interval of grace).
    public func isStale(at now: Double, limits: StoreLimits) -> Bool {
        now - lastSeen > expectedInterval(limits: limits) * limits.staleAfterIntervals
    }

    /// The node's reported status: its own NodeHealth, else the worst of what ClusterHealth and its components
    /// said; `unknown` when nothing said anything. Staleness is judged separately.
    public var reportedStatus: HealthStatus {
        if let health { return health.value.status }
        var worst: HealthStatus = clusterListedStatus ?? .unknown
        for component in components.values {
            worst = HealthStatus.worse(worst, component.value.status)
        }
        if worst == .unknown, lastHeartbeat != nil || !resources.isEmpty { return .healthy }
        return worst
    }
}
