/// The short strings that make up most of every protocol line — keys, type names, statuses — kept
/// ready-made, so that reading one costs a table lookup instead of building a new String. Building
/// even a small inline String is the reader's largest single cost on a typical line.
///
/// A word is identified by its bytes read as two little-endian words padded with zero bytes (words
/// are at most 16 bytes of printable ASCII, which has no zero byte, so padding cannot be mistaken
/// for content). The table is direct-mapped; a word whose slot is taken is simply not kept.
struct JSONVocabulary: Sendable {
    /// The protocol's vocabulary (docs/protocol.md): envelope keys, every message field, type
    /// names in their short forms, and the enumerated values.
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
    ])

    private static let slotBits = 9
    private var keys: [UInt64]
    private var strings: [String]

    private init(_ words: [String]) {
        let slots = 1 << Self.slotBits
        keys = Array(repeating: 0, count: 2 * slots)
        strings = Array(repeating: "", count: slots)
        for word in words {
            let (low, high) = Array(word.utf8).withUnsafeBytes { Self.key($0, from: 0, length: $0.count) }
            let slot = Self.slot(low, high)
            guard strings[slot].isEmpty else { continue }
            keys[2 * slot] = low
            keys[2 * slot + 1] = high
            strings[slot] = word
        }
    }

    /// The ready-made string for the printable-ASCII bytes at `start..<end` of `bytes`, or nil when
    /// they are not a word of this vocabulary.
    @inline(__always)
    func word(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String? {
        let length = end - start
        guard length > 0, length <= 16 else { return nil }
        let (low, high) = Self.key(bytes, from: start, length: length)
        let slot = Self.slot(low, high)
        guard keys[2 * slot] == low, keys[2 * slot + 1] == high else { return nil }
        return strings[slot]
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> (64 - slotBits))
    }

    /// The `length` (1 through 16) bytes at `start` as two little-endian words, zero-padded.
    @inline(__always)
    private static func key(_ bytes: UnsafeRawBufferPointer, from start: Int, length: Int) -> (UInt64, UInt64) {
        if start + 16 <= bytes.count {
            let low = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            let high = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
            return (low & mask(keeping: length), high & mask(keeping: length - 8))
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<length {
            let byte = UInt64(bytes[start + offset])
            if offset < 8 { low |= byte << (8 * offset) } else { high |= byte << (8 * (offset - 8)) }
        }
        return (low, high)
    }

    /// A mask keeping the first `count` bytes of a little-endian word (all of them from 8 up, none below 1).
    @inline(__always)
    private static func mask(keeping count: Int) -> UInt64 {
        if count >= 8 { return ~0 }
        if count <= 0 { return 0 }
        return (1 << UInt64(8 * count)) &- 1
    }
}
