import ExESDBMonitor

/// A simulated ExESDB cluster: four nodes, three stores, every message type of the protocol at
/// realistic rates, and a storyline that repeats every four minutes (see `DemoStoryline`).
/// Pure: the lines of a second depend only on the seed, the start time and the second.
public struct DemoCluster: Sendable {
    /// The seed of the noise.
    public let seed: UInt64
    /// Epoch seconds of second 0.
    public let startEpoch: Double

    private static let operations: [(name: String, rate: Double, latency: (Double, Double, Double))] = [
        ("event_emission", 1250, (1.2, 3.1, 6.5)),
        ("persistence_write", 1180, (4.0, 11.5, 24.0)),
        ("subscription_delivery", 3400, (2.1, 5.2, 10.4)),
        ("stream_read", 820, (2.8, 7.9, 15.2)),
    ]

    /// A cluster whose second 0 is `startEpoch` (seconds since the Unix epoch).
    public init(seed: UInt64 = 1, startEpoch: Double) {
        self.seed = seed
        self.startEpoch = startEpoch
    }

    /// The lines the cluster emits during `second` (counted from 0), in order.
    public func lines(atSecond second: Int) -> [String] {
        lineBytes(atSecond: second).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of `second` as the bytes a source delivers.
    public func lineBytes(atSecond second: Int) -> [[UInt8]] {
        let cycleSecond = second % DemoStoryline.cycleLength
        var frame = DemoFrame(
            cycle: second / DemoStoryline.cycleLength, second: cycleSecond,
            epochMillis: Int64((startEpoch + Double(second)) * 1000),
            random: SeededGenerator(seed: seed ^ (UInt64(second) &* 0x9E37_79B9_7F4A_7C15)))
        for node in DemoStoryline.nodes.indices where !DemoStoryline.isSilent(node: node, at: cycleSecond) {
            nodeSignals(node, into: &frame)
        }
        clusterSignals(into: &frame)
        storyline(into: &frame)
        return frame.lines
    }

    private func nodeSignals(_ index: Int, into frame: inout DemoFrame) {
        let node = JSONValue.string(DemoStoryline.nodes[index])
        let second = frame.second
        let degraded = DemoStoryline.status(ofNode: index, at: second) != "healthy"
        if (second + index) % 2 == 0 {
            frame.emit("Heartbeat", [
                ("node", node), ("sequence", .integer(Int64(frame.cycle * DemoStoryline.cycleLength + second) / 2)),
                ("interval_ms", .integer(2000)),
            ])
        }
        let load = degraded ? 0.4 : 1.0
        for operation in Self.operations {
            let rate = frame.jitter(operation.rate * load, by: 0.06)
            frame.emit("ThroughputMetric", [
                ("operation", .string(operation.name)), ("count", .integer(Int64(rate))),
                ("duration_ms", .integer(1000)), ("rate_per_sec", .double(rate)), ("node", node),
            ], pubsub: "ex_esdb_metrics", epochTimestamp: true)
            let spike = index == 0 && operation.name == "persistence_write" ? DemoStoryline.latencyFactor(at: second) : 1
            let slow = degraded ? 3.0 : 1.0
            let percentiles = [("p50", operation.latency.0, 1.0), ("p95", operation.latency.1, 1 + (spike - 1) * 0.4),
                               ("p99", operation.latency.2, spike)]
            for (name, base, factor) in percentiles {
                frame.emit("LatencyMetric", [
                    ("operation", .string(operation.name)),
                    ("latency_ms", .double(frame.jitter(base * factor * slow, by: 0.08))),
                    ("percentile", .string(name)), ("sample_count", .integer(Int64(rate))), ("node", node),
                ], pubsub: "ex_esdb_metrics", epochTimestamp: true)
            }
        }
        if (second + index) % 2 == 0 { resources(index, into: &frame) }
        if (second + index) % 5 == 0 {
            let status = DemoStoryline.status(ofNode: index, at: second)
            frame.emit("NodeHealth", [
                ("node", node), ("status", .string(status)),
                ("checks", JSONValue.object(pairs: [
                    "persistence": .string(degraded ? "slow" : "ok"), "cluster_membership": .string("ok"),
                    "disk_space": .string("ok"),
                ])),
                ("load_avg", .double(frame.jitter(degraded ? 6.5 : 1.4, by: 0.1))),
                ("memory_usage", .double(DemoStoryline.memoryPercent(ofNode: index, at: second))),
                ("disk_usage", .double(41 + Double(index) * 3)),
            ], pubsub: "ex_esdb_health")
        }
        if (second + index * 3) % 10 == 0 {
            let duration = frame.jitter(degraded ? 2400 : 35, by: 0.2)
            frame.emit("HealthCheck", [
                ("check_name", .string("persistence_check")), ("node", node),
                ("result", .string(degraded ? "timeout" : "pass")), ("duration_ms", .integer(Int64(duration))),
                ("details", JSONValue.object(pairs: ["stores_checked": .integer(3), "avg_response_time": .integer(Int64(duration / 3))])),
                ("error", degraded ? .string("probe timed out after 2000 ms") : .null),
            ], pubsub: "ex_esdb_health")
            for (storeIndex, store) in DemoStoryline.stores.enumerated() where DemoStoryline.members[storeIndex].contains(index) {
                frame.emit("ComponentHealth", [
                    ("component", .string("store_worker")), ("node", node),
                    ("status", .string(degraded ? "degraded" : "healthy")),
                    ("details", JSONValue.object(pairs: [
                        "store_id": .string(store), "response_time_ms": .integer(Int64(frame.jitter(degraded ? 900 : 12, by: 0.3))),
                    ])),
                    ("last_check", .string(Timestamp.iso8601Text(epochMilliseconds: frame.epochMillis))),
                ], pubsub: "ex_esdb_health", topic: "\(store):health")
            }
        }
        if (second + index * 15) % 60 == 0 {
            let memory = DemoStoryline.memoryPercent(ofNode: index, at: second)
            frame.emit("SystemState", [
                ("snapshot_id", .string("snap-\(frame.cycle)-\(second)-\(index + 1)")),
                ("snapshot_type", .string("memory_usage")),
                ("state_data", JSONValue.object(pairs: [
                    "total_memory": .integer(8_589_934_592), "used_memory": .integer(Int64(memory / 100 * 8_589_934_592)),
                    "process_count": .integer(1247 + Int64(index) * 31),
                    "largest_processes": .array([
                        JSONValue.object(pairs: ["pid": .string("#PID<0.123.0>"), "memory": .integer(125_829_120), "name": .string("store_worker_orders")]),
                        JSONValue.object(pairs: ["pid": .string("#PID<0.456.0>"), "memory": .integer(89_478_485), "name": .string("emitter_pool")]),
                    ]),
                ])),
                ("process_count", .integer(1247 + Int64(index) * 31)),
                ("memory_usage", .double(memory)), ("node", node), ("trigger_reason", .string("periodic")),
            ], pubsub: "ex_esdb_diagnostics")
        }
    }

    private func resources(_ index: Int, into frame: inout DemoFrame) {
        let node = JSONValue.string(DemoStoryline.nodes[index])
        let second = frame.second
        let total: Int64 = 8_589_934_592
        let memory = frame.jitter(DemoStoryline.memoryPercent(ofNode: index, at: second), by: 0.005)
        let cpu = frame.jitter(DemoStoryline.status(ofNode: index, at: second) == "healthy" ? 34 : 88, by: 0.15)
        let disk = 41 + Double(index) * 3
        let samples: [(String, Double, Int64)] = [
            ("cpu", cpu, 4), ("memory", memory, total), ("disk", disk, 214_748_364_800),
            ("network", frame.jitter(12, by: 0.3), 125_000_000),
        ]
        for (kind, percent, available) in samples {
            let used = percent / 100 * Double(available)
            let current: JSONValue = kind == "cpu" ? .double(used) : .integer(Int64(used))
            frame.emit("ResourceUsage", [
                ("resource_type", .string(kind)), ("usage_percent", .double(percent)),
                ("total_available", .integer(available)), ("current_used", current), ("node", node),
            ], pubsub: "ex_esdb_metrics")
        }
    }

    private func clusterSignals(into frame: inout DemoFrame) {
        let second = frame.second
        if second % 5 == 0 {
            let statuses = DemoStoryline.nodes.indices.map { DemoStoryline.status(ofNode: $0, at: second) }
            let degraded = DemoStoryline.nodes.indices.filter { statuses[$0] == "degraded" }.map { JSONValue.string(DemoStoryline.nodes[$0]) }
            let unhealthy = DemoStoryline.nodes.indices.filter { statuses[$0] == "unhealthy" }.map { JSONValue.string(DemoStoryline.nodes[$0]) }
            frame.emit("ClusterHealth", [
                ("status", .string(degraded.isEmpty && unhealthy.isEmpty ? "healthy" : "degraded")),
                ("healthy_nodes", .integer(Int64(statuses.filter { $0 == "healthy" }.count))),
                ("total_nodes", .integer(4)), ("degraded_nodes", .array(degraded)), ("unhealthy_nodes", .array(unhealthy)),
                ("quorum_status", .string("available")), ("node", .string(DemoStoryline.nodes[0])),
            ], pubsub: "ex_esdb_health", topic: "cluster:health")
        }
        for (storeIndex, store) in DemoStoryline.stores.enumerated() where (second + storeIndex) % 5 == 0 {
            let leader = DemoStoryline.leader(ofStore: storeIndex, at: second)
            frame.emit("StoreTopology", [
                ("store", .string(store)), ("leader", .string(DemoStoryline.nodes[leader])),
                ("members", .array(DemoStoryline.liveMembers(ofStore: storeIndex, at: second).map { .string(DemoStoryline.nodes[$0]) })),
                ("quorum_size", .integer(2)), ("node", .string(DemoStoryline.nodes[leader])),
            ])
            let p99 = storeIndex == 1 ? 24 * DemoStoryline.latencyFactor(at: second) : 18
            frame.emit("PerformanceMetric", [
                ("metric_name", .string("write_latency_p99")), ("value", .double(frame.jitter(p99, by: 0.08))),
                ("unit", .string("ms")), ("node", .string(DemoStoryline.nodes[leader])),
                ("component", .string("persistence")), ("tags", JSONValue.object(pairs: ["store": .string(store)])),
            ], pubsub: "ex_esdb_metrics", topic: "persistence")
            if (second + storeIndex) % 10 == 0 {
                let eps = Int(frame.jitter(1250, by: 0.1))
                frame.emitRaw(["\(DemoLogLines.health)[#PID<0.\(400 + storeIndex).0>][ex_esdb] [EMITTER] 📉 METRICS SUMMARY: Store \(store) - \(eps) eps, \(50_000 + frame.cycle * 240 + second) total, 12 active subs\(DemoLogLines.reset)"])
            }
        }
        if second % 7 == 3 {
            let store = DemoStoryline.stores[second % 3]
            frame.emitRaw(["\(DemoLogLines.action)[#PID<0.\(511 + second % 3).0>][ex_esdb] [EMITTER] ⚡ BROADCASTING Event: evt-\(frame.cycle)-\(second)(order_placed) - Topic: \(store):$all\(DemoLogLines.reset)"])
        }
        if second % 30 == 12 {
            frame.emit("DebugTrace", [
                ("trace_id", .string("trace-\(frame.cycle)-\(second)")), ("component", .string("store_worker")),
                ("operation", .string("append_events")),
                ("trace_data", JSONValue.object(pairs: [
                    "function_calls": .integer(1250), "memory_allocations": .integer(45), "gc_collections": .integer(3),
                    "message_queue_length": .integer(Int64(frame.jitter(12, by: 0.5))),
                ])),
                ("stack_trace", .null), ("duration_ms", .integer(Int64(frame.jitter(18, by: 0.3)))),
                ("node", .string(DemoStoryline.nodes[second % 3])), ("metadata", JSONValue.object(pairs: ["store": .string("orders")])),
            ], pubsub: "ex_esdb_diagnostics")
        }
    }

    private func storyline(into frame: inout DemoFrame) {
        let second = frame.second
        let cycle = frame.cycle
        let node1 = JSONValue.string(DemoStoryline.nodes[0])
        let node2 = JSONValue.string(DemoStoryline.nodes[1])
        let node4 = DemoStoryline.nodes[3]
        if DemoStoryline.isSilent(node: 3, at: second), (second - 150) % 10 == 0 {
            // A node monitor repeats its alert while the cause lasts; the console folds repeats into one row.
            frame.emit("SystemAlert", [
                ("alert_id", .string("demo-\(cycle)-node4-failure")), ("severity", .string("critical")),
                ("category", .string("system")), ("title", .string("Node node4@demo has become unresponsive")),
                ("description", .string("node4@demo missed heartbeats and health probes; quorum still available")),
                ("source", .string("node_monitor")), ("node", node1),
                ("metadata", JSONValue.object(pairs: [
                    "failed_node": .string(node4), "cluster_size": .integer(4), "quorum_status": .string("available"),
                    "estimated_recovery_time": .string("5-10 minutes"),
                ])),
                ("requires_ack", .bool(true)),
            ], pubsub: "ex_esdb_alerts", topic: "node_failure")
        }
        switch second {
        case 45:
            frame.emit("MetricAlert", [
                ("metric_name", .string("persistence_write_p99_ms")), ("current_value", .double(24 * DemoStoryline.latencyFactor(at: 45))),
                ("threshold_value", .double(100)), ("threshold_type", .string("max")), ("severity", .string("warning")), ("node", node1),
            ], pubsub: "ex_esdb_metrics")
        case 55:
            frame.emit("PerformanceAnalysis", [
                ("analysis_id", .string("analysis-\(cycle)-orders")), ("component", .string("persistence_worker")),
                ("analysis_type", .string("bottleneck")),
                ("findings", JSONValue.object(pairs: [
                    "bottlenecks": .array([.string("disk_io"), .string("ra_log_fsync")]), "store": .string("orders"),
                    "performance_score": .double(61.5),
                ])),
                ("recommendations", .array([.string("Increase disk IOPS"), .string("Batch appends to orders")])),
                ("severity", .string("high")), ("node", node1),
            ], pubsub: "ex_esdb_diagnostics")
        case 112, 124:
            let critical = second == 124
            let value = DemoStoryline.memoryPercent(ofNode: 1, at: second)
            frame.emit("MetricAlert", [
                ("metric_name", .string("memory_usage")), ("current_value", .double(value)),
                ("threshold_value", .double(critical ? 92 : 85)), ("threshold_type", .string("max")),
                ("severity", .string(critical ? "critical" : "warning")), ("node", node2),
            ], pubsub: "ex_esdb_metrics")
            if critical {
                frame.emit("SystemAlert", [
                    ("alert_id", .string("demo-\(cycle)-node2-memory")), ("severity", .string("critical")),
                    ("category", .string("performance")), ("title", .string("Memory critical on node2@demo")),
                    ("description", .string("node2@demo uses \(value.formatted(maximumFractionDigits: 1)) % of its memory")),
                    ("source", .string("resource_monitor")), ("node", node2),
                    ("metadata", JSONValue.object(pairs: ["metric": .string("memory_usage"), "threshold": .double(92)])),
                    ("requires_ack", .bool(true)),
                ], pubsub: "ex_esdb_alerts", topic: "resource_critical")
            }
        case 136:
            frame.emit("AlertAck", [
                ("alert_id", .string("demo-\(cycle)-node2-memory")), ("ack_by", .string("oncall@demo")),
                ("ack_note", .string("GC forced, memory back to normal")), ("resolution", .string("resolved")),
                ("ack_timestamp", .string(Timestamp.iso8601Text(epochMilliseconds: frame.epochMillis))),
            ], pubsub: "ex_esdb_alerts")
        case 131, 140:
            let attempt = second == 131 ? 1 : 2
            frame.emitRaw(["[warning] 🟠 Health probe failed for \(node4) (\(attempt)/3)"])
        case 150:
            frame.emitRaw(["[error] 🔴 Node \(node4) nodedown"])
        case 151:
            emitterTermination(into: &frame)
        case 152:
            frame.emitRaw(["[info] 🔄 LEADERSHIP CHANGED for audit: \(node4) => node3@demo", "[info] 🏆 LEADER DETECTED 🏆 => node3@demo"])
        case 153:
            emitterActivation(node: 2, into: &frame)
        case 180:
            frame.emit("AlertEscalation", [
                ("alert_id", .string("demo-\(cycle)-node4-failure")), ("from_level", .string("level1")), ("to_level", .string("level2")),
                ("escalation_reason", .string("No acknowledgment after 30 seconds")), ("escalated_by", .string("alert_manager")),
                ("notify_contacts", .array([.string("oncall@demo"), .string("lead@demo")])),
            ], pubsub: "ex_esdb_alerts")
        case 200:
            frame.emitRaw(["[info] 🟢 Node \(node4) nodeup"])
        case 205:
            frame.emit("SystemAlert", [
                ("alert_id", .string("demo-\(cycle)-node4-recovered")), ("severity", .string("info")),
                ("category", .string("system")), ("title", .string("Node node4@demo recovered")),
                ("description", .string("node4@demo is answering heartbeats again")), ("source", .string("node_monitor")),
                ("node", node1), ("metadata", JSONValue.object(pairs: ["node": .string(node4)])), ("requires_ack", .bool(false)),
            ], pubsub: "ex_esdb_alerts")
        case 225:
            frame.emitRaw(["[info] 🔄 LEADERSHIP CHANGED for audit: node3@demo => \(node4)"])
            emitterActivation(node: 3, into: &frame)
        default:
            break
        }
    }

    private func emitterTermination(into frame: inout DemoFrame) {
        for (index, selector) in ["$all", "audit_trail"].enumerated() {
            let pid = "#PID<0.\(611 + index).0>"
            frame.emitRaw(DemoLogLines.termination(
                store: "audit", selector: selector, reason: ":noconnection", pid: pid, subscriber: "#PID<0.312.0>"))
            frame.emitLogEvent(
                node: "node3@demo", store: "audit", eventType: "termination", pid: pid, message: "EMITTER WORKER TERMINATION",
                metadata: [("reason", .string("noconnection")), ("selector", .string(selector)), ("subscriber", .string("#PID<0.312.0>"))])
        }
    }

    private func emitterActivation(node: Int, into frame: inout DemoFrame) {
        for (index, selector) in ["$all", "audit_trail"].enumerated() {
            let pid = "#PID<0.\(700 + node * 10 + index).0>"
            frame.emitRaw(DemoLogLines.activation(
                store: "audit", topic: "audit:\(selector)", scheduler: index + 1, pid: pid, subscriber: "#PID<0.312.0>"))
            frame.emitLogEvent(
                node: DemoStoryline.nodes[node], store: "audit", eventType: "startup", pid: pid, message: "EMITTER WORKER ACTIVATION",
                metadata: [("topic", .string("audit:\(selector)")), ("subscriber", .string("#PID<0.312.0>")), ("scheduler_id", .integer(Int64(index + 1)))])
        }
    }
}
