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
    public var node: String?
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
    /// Context or metadata as sent.
    public var metadata: JSONValue?
    public var timeline: [AlertTimelineEntry]

    public var id: String { key }

    public init(
        key: String, alertID: String? = nil, kind: String, title: String, detail: String? = nil,
        node: String? = nil, severity: Severity, origin: AlertOrigin, firstSeen: Double,
        requiresAcknowledgement: Bool = true, metadata: JSONValue? = nil
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
        self.metadata = metadata
        self.timeline = [AlertTimelineEntry(time: firstSeen, text: "fired")]
    }

    /// Whether a silence covers it at `now`.
    public func isSilenced(at now: Double) -> Bool {
        (silencedUntil ?? -.infinity) > now
    }
}
