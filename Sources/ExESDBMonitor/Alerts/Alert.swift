/// One alert as the operator sees it: de-duplicated by `key`, with its lifecycle, acknowledgement,
/// escalation and silence.
public struct Alert: Sendable, Hashable, Identifiable {
    /// Identity: the alert_id when one was sent, else node + alert type or metric.
    public var key: String
    /// The alert_id the cluster gave it, if any.
    public var alertID: String?
    /// The alert type (node_failure, …), the metric name, or the rule kind (resource, latency, …).
    public var kind: String
    /// One line saying what is wrong.
    public var title: String
    /// More words, when sent (a SystemAlert's description, a rule's levels).
    public var detail: String?
    /// The node the alert is about (for a node failure, the failed node, not the reporter).
    public var node: String?
    /// The operation a latency or throughput rule watches.
    public var operation: String?
    /// The latest value of the watched metric (metric alerts and rules).
    public var currentValue: Double?
    /// The level that value crossed.
    public var threshold: Double?
    /// The latest severity it was raised with.
    public var severity: Severity
    public var origin: AlertOrigin
    public var state: AlertState
    /// When it fired (receive time, epoch seconds).
    public var firstSeen: Double
    /// When it was last raised or re-evaluated.
    public var lastSeen: Double
    /// How many times it was raised (repeats raise the count instead of adding rows).
    public var occurrences: Int
    /// Who acknowledged it last (this console's operator or another).
    public var acknowledgedBy: String?
    /// The note given with that acknowledgement.
    public var acknowledgementNote: String?
    /// When it was first acknowledged.
    public var acknowledgedAt: Double?
    /// False while an acknowledgement made here is not yet safely in the journal.
    public var acknowledgementSaved: Bool
    /// When it was resolved.
    public var resolvedAt: Double?
    /// How it was resolved: an AlertAck's resolution, "cleared at …" for a rule, and so on.
    public var resolution: String?
    /// 1 is the first level; escalations raise it.
    public var escalationLevel: Int
    /// When the local policy escalates it next, if it stays unacknowledged.
    public var nextEscalationAt: Double?
    /// The end of the silence covering it, if any.
    public var silencedUntil: Double?
    /// The key of the node-failure alert this one is folded under.
    public var inhibitedBy: String?
    /// False for alerts sent with requires_ack false: they are never escalated.
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

    /// Its key: unique among active alerts (history may hold several rows of one key; `sequence` tells them apart).
    public var id: String { key }

    /// A firing alert seen first at `firstSeen`.
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
