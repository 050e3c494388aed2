extension NodeState {
    /// Folds in a message that concerns this node, received at `now`: it was seen, and what the message says
    /// about its components, checks, health, resources, metrics, diagnostics or heartbeat is kept.
    mutating func fold(_ message: Message, at now: Double, limits: StoreLimits) {
        lastSeen = now
        switch message {
        case .componentHealth(let health):
            components.set(health.component, Timed(health, receivedAt: now))
        case .healthCheck(let check):
            checks.set(check.checkName, Timed(check, receivedAt: now))
        case .nodeHealth(let health):
            self.health = Timed(health, receivedAt: now)
        case .resourceUsage(let usage):
            resources.update(
                usage.resourceType, orInsert: ResourceRecord(latest: usage, receivedAt: now, historyLength: limits.historyLength)
            ) { record in
                record.latest = usage
                record.receivedAt = now
                if let value = usage.usagePercent ?? usage.transferRate { record.history.append(Sample(time: now, value: value)) }
            }
        case .performanceMetric(let metric):
            performanceMetrics.set(metric.metricName, Timed(metric, receivedAt: now))
        case .debugTrace(let trace):
            traces.append(Timed(trace, receivedAt: now))
        case .performanceAnalysis(let analysis):
            analyses.append(Timed(analysis, receivedAt: now))
        case .systemState(let state):
            snapshots.append(Timed(state, receivedAt: now))
        case .heartbeat(let heartbeat):
            lastHeartbeat = Timed(heartbeat, receivedAt: now)
            if let interval = heartbeat.intervalSeconds, interval > 0 { heartbeatInterval = interval }
        case .clusterHealth, .throughputMetric, .latencyMetric, .metricAlert, .systemAlert, .alertAck,
             .alertEscalation, .logEvent, .storeTopology:
            break
        }
    }
}
