/// The short strings that make up most of every protocol line — keys, type names, statuses — kept
/// ready-made, so that reading one costs a table lookup instead of building a new String. Building
/// even a small inline String is the reader's largest single cost on a typical line.
///
/// A word whose slot in the table is taken is simply not kept (see `ShortWordTable`).
struct JSONVocabulary: Sendable {
    /// The protocol's vocabulary (docs/protocol.md): envelope keys, every message field, type
    /// names in their short forms, the enumerated values, and ExESDB's pub/sub names.
    static let protocolWords = JSONVocabulary([
        "type", "node", "pubsub", "topic", "tag", "seq", "timestamp",
        "ClusterHealth", "ComponentHealth", "HealthCheck", "NodeHealth", "ThroughputMetric", "LatencyMetric",
        "ResourceUsage", "MetricAlert", "SystemAlert", "AlertAck", "AlertEscalation", "DebugTrace", "SystemState",
        "LogEvent", "Heartbeat", "StoreTopology",
        "cluster_health", "component_health", "health_check", "node_health", "latency_metric", "resource_usage",
        "metric_alert", "system_alert", "alert_ack", "debug_trace", "system_state", "log_event", "heartbeat",
        "store_topology", "alert_escalated",
        "ack_by", "ack_message", "ack_note", "ack_timestamp", "acknowledged_by", "alert_id", "alert_type",
        "analysis_id", "analysis_type", "auto_ack", "category", "check_name", "checks", "component", "context",
        "count", "current_used", "current_value", "data", "degraded_nodes", "description", "details",
        "disk_usage", "duration_ms", "error", "escalated_by", "escalated_to", "escalation_level", "event_type",
        "findings", "from_level", "healthy_nodes", "interval_ms", "last_check", "latency_ms", "leader",
        "load_avg", "members", "memory_usage", "message", "metadata", "metric_name", "notify_contacts",
        "operation", "percentile", "pid", "process_count", "quorum_size", "quorum_status", "rate_per_sec",
        "recommendations", "requires_ack", "resolution", "resource_type", "result", "results", "sample_count",
        "sequence", "severity", "snapshot_id", "snapshot_type", "source", "stack_trace", "state_data",
        "status", "store", "store_id", "tags", "threshold_type", "threshold_value", "title", "to_level",
        "total_available", "total_nodes", "trace_data", "trace_id", "trace_type", "trigger_reason",
        "unhealthy_nodes", "unit", "usage_percent", "value",
        "healthy", "degraded", "unhealthy", "unknown", "available", "lost", "pass", "fail", "timeout",
        "p50", "p95", "p99", "max", "min", "avg", "cpu", "memory", "disk", "network", "warning", "critical",
        "info", "system", "performance", "security", "low", "medium", "high", "full", "partial",
        "process_tree", "memory_dump", "level1", "level2", "level3",
        "ex_esdb_alerts", "ex_esdb_audit", "ex_esdb_dashboard", "ex_esdb_diagnostics", "ex_esdb_events",
        "ex_esdb_gater", "ex_esdb_health", "ex_esdb_lifecycle", "ex_esdb_logging", "ex_esdb_metrics",
        "ex_esdb_security", "ex_esdb_system",
    ])

    private let table: ShortWordTable<String>

    private init(_ words: [String]) {
        table = ShortWordTable(words.map { ($0, $0) }, slotBits: 9)
    }

    /// The ready-made string for the printable-ASCII bytes at `start..<end` of `bytes`, or nil when
    /// they are not a word of this vocabulary.
    @inline(__always)
    func word(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String? {
        table.value(in: bytes, from: start, to: end)
    }
}
