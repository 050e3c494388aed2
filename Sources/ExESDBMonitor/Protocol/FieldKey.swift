/// A field name of the protocol (docs/protocol.md): the envelope's keys and every message field in both
/// field-name sets. Messages read their fields by key, and a line's members are found by key in one step.
public enum FieldKey: String, CaseIterable, Sendable {
    // The envelope.
    case type
    case node
    case pubsub
    case topic
    case tag
    case seq
    case timestamp
    // The messages' fields.
    case ackBy = "ack_by"
    case ackMessage = "ack_message"
    case ackNote = "ack_note"
    case ackTimestamp = "ack_timestamp"
    case acknowledgedBy = "acknowledged_by"
    case alertID = "alert_id"
    case alertType = "alert_type"
    case analysisID = "analysis_id"
    case analysisType = "analysis_type"
    case autoAck = "auto_ack"
    case category
    case checkName = "check_name"
    case checks
    case component
    case context
    case count
    case currentUsed = "current_used"
    case currentValue = "current_value"
    case data
    case degradedNodes = "degraded_nodes"
    case description
    case details
    case diskUsage = "disk_usage"
    case durationMs = "duration_ms"
    case error
    case escalatedBy = "escalated_by"
    case escalatedTo = "escalated_to"
    case escalationLevel = "escalation_level"
    case escalationReason = "escalation_reason"
    case eventType = "event_type"
    case family
    case findings
    case fromLevel = "from_level"
    case healthyNodes = "healthy_nodes"
    case id
    case intervalMs = "interval_ms"
    case lastCheck = "last_check"
    case latencyMs = "latency_ms"
    case leader
    case loadAvg = "load_avg"
    case members
    case memoryUsage = "memory_usage"
    case message
    case metadata
    case metricName = "metric_name"
    case msg
    case name
    case notifyContacts = "notify_contacts"
    case operation
    case originalAlertID = "original_alert_id"
    case percentile
    case pid
    case processCount = "process_count"
    case quorumSize = "quorum_size"
    case quorumStatus = "quorum_status"
    case rate
    case ratePerSec = "rate_per_sec"
    case recommendations
    case requiresAck = "requires_ack"
    case resolution
    case resourceType = "resource_type"
    case result
    case results
    case sampleCount = "sample_count"
    case sequence
    case severity
    case snapshotID = "snapshot_id"
    case snapshotType = "snapshot_type"
    case source
    case stackTrace = "stack_trace"
    case stateData = "state_data"
    case status
    case store
    case storeID = "store_id"
    case tags
    case thresholdType = "threshold_type"
    case thresholdValue = "threshold_value"
    case title
    case toLevel = "to_level"
    case totalAvailable = "total_available"
    case totalNodes = "total_nodes"
    case traceData = "trace_data"
    case traceID = "trace_id"
    case traceType = "trace_type"
    case triggerReason = "trigger_reason"
    case unhealthyNodes = "unhealthy_nodes"
    case unit
    case usagePercent = "usage_percent"
    case value

    /// The key's position among all keys, 0 up: its slot in a line's table of members.
    @inline(__always)
    var slot: Int {
        // A payload-free enum of fewer than 256 cases is stored as its one-byte case number, in declaration
        // order (the Swift ABI's enum layout); a test checks `slot` against `allCases`.
        Int(unsafeBitCast(self, to: UInt8.self))
    }

    /// Hashes the case (a raw-valued enum would hash its String by default).
    public func hash(into hasher: inout Hasher) { hasher.combine(slot) }

    /// The key spelled by the printable-ASCII bytes at `start..<end` of `bytes`, or nil when they name none.
    @inline(__always)
    static func named(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> FieldKey? {
        if let key = byName.value(in: bytes, from: start, to: end) { return key }
        guard end - start > ShortWordTable<FieldKey>.maxLength || !byName.holdsAll else { return nil }
        return FieldKey(rawValue: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// The key spelled by the 1 through 24 printable-ASCII bytes at `start..<end` of `bytes`, given also as the
    /// table's words (see `ShortWordTable`) by a reader that loaded them while scanning; nil when they name none.
    @inline(__always)
    static func named(
        byWords words: (UInt64, UInt64, UInt64), in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int
    ) -> FieldKey? {
        if let key = byName.value(forWords: words) { return key }
        guard !byName.holdsAll else { return nil }
        return FieldKey(rawValue: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// Every key by its bytes; a test checks that it holds them all. 1,024 slots (24 KiB) hold the keys without a
    /// collision under some seed among the first thousand or so; the search runs once, on the first line.
    static let byName = ShortWordTable(allCases.map { ($0.rawValue, $0) }, slotBits: 10, seedsTried: 1024)
}
