/// One alert as the operator sees it: de-duplicated by `key`, with its lifecycle, acknowledgement,
/// escalation and silence.
public struct Alert: Sendable, Hashable, Identifiable {
    /// Identity: the alert_id when one was sent, else node + alert type or metric.
    public var key: String
    public var alertID: String?
    /// The alert type (node_failure, …), metric name or rule name.
    public var kind: String
    public var title: String
    public var detail: String?
    /// The node the alert is about (for a node failure, the failed node, not the reporter).
    public var node: String?
    /// The operation a latency or throughput rule watches.
    public var operation: String?
    /// The latest value of the watched metric (metric alerts and rules).
    public var currentValue: Double?
    /// The level that value crossed.
    public var threshold: Double?
    public var severity: Severity
    public var origin: AlertOrigin
    public var state: AlertState
    public var firstSeen: Double
    public var lastSeen: Double
    /// How many times it was raised (repeats raise the count instead of adding rows).
    public var occurrences: Int
    public var acknowledgedBy: String?
    public var acknowledgementNote: String?
    public var acknowledgedAt: Double?
    /// False while an acknowledgement made here is not yet safely in the journal.
    public var acknowledgementSaved: Bool
    public var resolvedAt: Double?
    public var resolution: String?
    /// 1 is the first level; escalations raise it.
    public var escalationLevel: Int
    /// When the local policy escalates it next, if it stays unacknowledged.
    public var nextEscalationAt: Double?
    public var silencedUntil: Double?
    /// The key of the node-failure alert this one is folded under.
    public var inhibitedBy: String?
    public var requiresAcknowledgement: Bool
    /// True for an alert saying its node is down (node failure, staleness, node-down rule): it folds the
    /// node's other alerts under it.
    public var reportsNodeDown: Bool
    /// Context or metadata as sent.
    public var metadata: JSONValue?
    public var timeline: [AlertTimelineEntry]
    /// Order of creation in its alert book (a new row, even for a known key, gets a new number).
    public var sequence: Int
    /// Set when it became critical (new or raised), from the book's critical counter: the bell's cue.
    public var criticalSequence: Int?

    public var id: String { key }

    public init(
        key: String, alertID: String? = nil, kind: String, title: String, detail: String? = nil,
        node: String? = nil, severity: Severity, origin: AlertOrigin, firstSeen: Double,
        requiresAcknowledgement: Bool = true, metadata: JSONValue? = nil, sequence: Int = 0
    ) {
        self.key = key
        self.alertID = alertID
        self.kind = kind
        self.title = title
        self.detail = detail
        self.node = node
        self.severity = severity
        self.origin = origin
        self.state = .firing
        self.firstSeen = firstSeen
        self.lastSeen = firstSeen
        self.occurrences = 1
        self.acknowledgementSaved = true
        self.escalationLevel = 1
        self.requiresAcknowledgement = requiresAcknowledgement
        self.reportsNodeDown = false
        self.metadata = metadata
        self.sequence = sequence
        self.timeline = [AlertTimelineEntry(time: firstSeen, text: "fired")]
    }

    /// Whether a silence covers it at `now`.
    public func isSilenced(at now: Double) -> Bool {
        (silencedUntil ?? -.infinity) > now
    }

    /// Whether it is folded under a node-down alert.
    public var isInhibited: Bool { inhibitedBy != nil }

    /// Seconds from firing to the first acknowledgement.
    public var timeToAcknowledge: Double? { acknowledgedAt.map { $0 - firstSeen } }

    /// Seconds from firing to resolution.
    public var timeToResolve: Double? { resolvedAt.map { $0 - firstSeen } }

    /// The id to name it by upstream: the alert_id it came with, else its key.
    public var upstreamID: String { alertID ?? key }
}
