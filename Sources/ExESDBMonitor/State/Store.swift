/// The picture of the cluster, folded from events. A pure value: `apply` takes the receive time as an
/// argument and reads no clock, so every fold is a testable function of its events. Every collection in it
/// has a fixed capacity (see `StoreLimits`), so memory is bounded whatever arrives.
public struct Store: Sendable {
    public let limits: StoreLimits
    public private(set) var nodes: CappedMap<String, NodeState>
    public private(set) var throughput: CappedMap<SeriesKey, BoundedRing<Sample>>
    public private(set) var latency: CappedMap<SeriesKey, BoundedRing<Sample>>
    public private(set) var reportedClusterHealth: Timed<ClusterHealth>?
    public private(set) var topology: CappedMap<String, TopologyRecord>
    public private(set) var logs: BoundedRing<LogRecord>
    /// Alert-related events in arrival order, for the alert book.
    public private(set) var alertInputs: BoundedRing<Timed<MonitorEvent>>
    public private(set) var recentRejections: BoundedRing<Timed<Rejection>>
    /// Field values of the wrong kind met in accepted events, newest last.
    public private(set) var recentOddities: BoundedRing<Timed<OddityRecord>>
    public private(set) var counters = IngestCounters()
    /// Fields truncated and numbers clamped or approximated in accepted events, all told.
    public private(set) var limitHits = LimitHits()
    /// Receive time of the latest event or rejection.
    public private(set) var lastActivity: Double?

    public init(limits: StoreLimits = StoreLimits()) {
        self.limits = limits
        nodes = CappedMap(capacity: limits.nodes)
        throughput = CappedMap(capacity: limits.series)
        latency = CappedMap(capacity: limits.series)
        topology = CappedMap(capacity: limits.stores)
        logs = BoundedRing(capacity: limits.logs)
        alertInputs = BoundedRing(capacity: limits.alertInputs)
        recentRejections = BoundedRing(capacity: limits.recentRejections)
        recentOddities = BoundedRing(capacity: limits.recentRejections)
    }

    /// Folds one decode result in: an event, a rejection, or a skipped blank line.
    public mutating func apply(_ result: DecodeResult, at now: Double) {
        switch result {
        case .event(let event): apply(event, at: now)
        case .rejected(let rejection): record(rejection, at: now)
        case .blank: counters.blankLines += 1
        }
    }

    /// Counts a rejected line and keeps it among the recent ones.
    public mutating func record(_ rejection: Rejection, at now: Double) {
        counters.rejectedByReason[rejection.reason, default: 0] += 1
        recentRejections.append(Timed(rejection, receivedAt: now))
        lastActivity = now
    }

    /// Folds one event in, received at `now` (epoch seconds).
    public mutating func apply(_ event: MonitorEvent, at now: Double) {
        counters.countEvent(of: event.message.type)
        lastActivity = now
        if !event.limitHits.isEmpty { limitHits.add(event.limitHits) }
        for oddity in event.oddities {
            recentOddities.append(Timed(OddityRecord(type: event.message.type, node: event.node, oddity: oddity), receivedAt: now))
        }
        let limits = self.limits
        let nodeName = event.node ?? ""
        if let node = event.node {
            nodes.update(node, orInsert: NodeState(name: node, at: now, limits: limits)) {
                $0.fold(event.message, at: now, limits: limits)
            }
        }
        switch event.message {
        case .clusterHealth(let health):
            reportedClusterHealth = Timed(health, receivedAt: now)
            applyListedStatuses(of: health, at: now)
        case .throughputMetric(let metric):
            let key = SeriesKey(operation: metric.operation, node: nodeName)
            throughput.update(key, orInsert: BoundedRing(capacity: limits.historyLength)) {
                $0.append(Sample(time: now, value: metric.ratePerSecond))
            }
        case .latencyMetric(let metric):
            let key = SeriesKey(operation: metric.operation, node: nodeName, percentile: metric.percentile)
            latency.update(key, orInsert: BoundedRing(capacity: limits.historyLength)) {
                $0.append(Sample(time: now, value: metric.latencyMs))
            }
        case .metricAlert, .systemAlert, .alertAck, .alertEscalation:
            alertInputs.append(Timed(event, receivedAt: now))
        case .logEvent:
            logs.append(LogRecord(message: event.message, node: event.node, time: event.time, receivedAt: now))
        case .storeTopology(let store):
            topology.set(store.store, TopologyRecord(topology: store, reportedBy: event.node, receivedAt: now))
        case .componentHealth, .healthCheck, .nodeHealth, .resourceUsage, .performanceMetric, .debugTrace,
             .performanceAnalysis, .systemState, .heartbeat:
            break  // Folded into the node above.
        }
    }

    /// Marks the nodes a ClusterHealth lists as degraded or unhealthy (creating the ones never heard from, so
    /// a dead node still shows) and clears the mark on every other node. The names are copied out first: changing
    /// the map while its own keys are walked would copy the whole map for every node.
    private mutating func applyListedStatuses(of health: ClusterHealth, at now: Double) {
        let limits = self.limits
        for name in Array(nodes.keys) {
            nodes.update(name, orInsert: NodeState(name: name, at: now, limits: limits)) {
                $0.clusterListedStatus = nil
            }
        }
        for (names, status) in [(health.degradedNodes, HealthStatus.degraded), (health.unhealthyNodes, .unhealthy)] {
            for name in names {
                nodes.update(name, orInsert: NodeState(name: name, at: now, limits: limits)) {
                    $0.clusterListedStatus = status
                }
            }
        }
    }

    /// Whether `node` has been silent for longer than it promised, at `now`.
    public func isStale(_ node: NodeState, at now: Double) -> Bool {
        node.isStale(at: now, limits: limits)
    }

    /// The cluster's status at `now`.
    public func clusterView(at now: Double) -> ClusterView {
        var healthy = 0
        var stale: [String] = []
        for node in nodes.values {
            if node.isStale(at: now, limits: limits) {
                stale.append(node.name)
            } else if node.reportedStatus == .healthy {
                healthy += 1
            }
        }
        stale.sort()
        let total = nodes.count
        let allStale = total > 0 && stale.count == total
        if let reported = reportedClusterHealth, now - reported.receivedAt <= limits.clusterHealthFreshness,
           reported.value.status.isKnownStatus {
            let health = reported.value
            return ClusterView(
                status: health.status, quorum: health.quorumStatus ?? Self.quorum(healthy: healthy, total: total),
                healthyNodes: health.healthyNodes ?? healthy, totalNodes: health.totalNodes ?? total,
                staleNodes: stale, basis: .reported, isStale: allStale)
        }
        let status: HealthStatus
        if total == 0 {
            status = .unknown
        } else if healthy == total {
            status = .healthy
        } else if healthy * 2 > total {
            status = .degraded
        } else {
            status = .unhealthy
        }
        return ClusterView(
            status: status, quorum: total == 0 ? nil : Self.quorum(healthy: healthy, total: total),
            healthyNodes: healthy, totalNodes: total, staleNodes: stale, basis: .derived, isStale: allStale)
    }

    private static func quorum(healthy: Int, total: Int) -> QuorumStatus {
        healthy * 2 > total ? .available : .lost
    }

    /// How many more members `store` can lose at `now`: members neither stale nor unhealthy, less the quorum
    /// size. Members never heard from count as available. Nil when the store's topology is unknown.
    public func quorumHeadroom(of store: String, at now: Double) -> Int? {
        guard let record = topology[store] else { return nil }
        let available = record.topology.members.filter { member in
            guard let node = nodes[member] else { return true }
            return !node.isStale(at: now, limits: limits) && node.reportedStatus != .unhealthy
        }.count
        return record.topology.headroom(availableMembers: available)
    }
}
