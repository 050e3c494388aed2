/// Every alert the console knows, through its lifecycle: firing → acknowledged → resolved → history.
///
/// A pure value: alerts come in through `apply` (stream messages), `evaluate` (local rules against the store)
/// and the operator's actions; time moves through `tick`; nothing reads a clock. Repeats of an alert (same
/// alert_id, else same node and type, metric or rule subject) raise its count instead of adding rows.
/// Everything is bounded by `limits`, with counters for what was refused or dropped.
public struct AlertBook: Sendable {
    public let limits: AlertBookLimits
    /// When unacknowledged alerts are escalated locally.
    public var escalationPolicy: EscalationPolicy
    /// SystemAlert types that mean a node is down (they fold the node's other alerts).
    public var nodeDownAlertTypes: Set<String> = ["node_failure", "node_down", "node_unresponsive"]

    var alerts: [String: Alert] = [:]
    var resolved: [Alert] = []
    var silenceByKey: [String: AlertSilence] = [:]
    var pending: [PendingAcknowledgement] = []
    var evaluator: RuleEvaluator
    var nextSequence = 1
    /// The key of the alert each down node's other alerts are folded under.
    var inhibitorByNode: [String: String] = [:]
    /// Set when the node-down alerts changed, so that `refreshInhibition` refolds every alert.
    var inhibitionIsStale = false

    /// Raised each time an alert becomes critical (new, or raised to critical); see `newCriticals(after:at:)`.
    public internal(set) var criticalSequence = 0
    /// New alerts refused (or pushed out by more severe ones) because `limits.active` was reached.
    public internal(set) var overflowCount = 0
    /// Acknowledgements for unknown alerts dropped to keep the pending list bounded.
    public internal(set) var droppedAcknowledgementCount = 0
    /// Escalations received for alerts not known.
    public internal(set) var unmatchedEscalationCount = 0
    /// Silences refused because `limits.silences` were in place.
    public internal(set) var refusedSilenceCount = 0

    public init(limits: AlertBookLimits = AlertBookLimits(), escalationPolicy: EscalationPolicy = EscalationPolicy(),
                ruleSubjectCapacity: Int = 4096) {
        self.limits = limits
        self.escalationPolicy = escalationPolicy
        self.evaluator = RuleEvaluator(capacity: ruleSubjectCapacity)
    }

    // MARK: Reading

    /// The active alert under `key`, if any.
    public func alert(_ key: String) -> Alert? { alerts[key] }

    /// Active alerts (firing or acknowledged) for the alert pane: first those neither silenced nor inhibited
    /// at `now`, then the silenced and inhibited ones; within each, unacknowledged first, then by severity,
    /// then the most recent.
    public func active(at now: Double) -> [Alert] {
        let rows = Array(alerts.values)
        let order = rows.indices.map { index -> (muted: Int, acknowledged: Int, rank: Int, age: Double, index: Int) in
            let alert = rows[index]
            return (alert.isSilenced(at: now) || alert.isInhibited ? 1 : 0, alert.state == .firing ? 0 : 1,
                    -alert.severity.rank, -alert.lastSeen, index)
        }.sorted { left, right in
            if (left.muted, left.acknowledged, left.rank, left.age) != (right.muted, right.acknowledged, right.rank, right.age) {
                return (left.muted, left.acknowledged, left.rank, left.age) < (right.muted, right.acknowledged, right.rank, right.age)
            }
            return rows[left.index].key < rows[right.index].key
        }
        return order.map { rows[$0.index] }
    }

    /// Resolved alerts, newest first, with their times to acknowledge and resolve (at most `limits.history`).
    public var history: [Alert] { resolved.reversed() }

    /// The silences in place, soonest to end first.
    public var silences: [AlertSilence] {
        silenceByKey.values.sorted { ($0.until, $0.key) < ($1.until, $1.key) }
    }

    /// Active alerts by severity; silenced (at `now`) and inhibited alerts counted apart.
    public func counts(at now: Double) -> AlertCounts {
        var counts = AlertCounts()
        for alert in alerts.values {
            if alert.isInhibited {
                counts.inhibited += 1
            } else if alert.isSilenced(at: now) {
                counts.silenced += 1
            } else {
                if alert.severity.rank >= Severity.error.rank {
                    counts.critical += 1
                } else if alert.severity.rank >= Severity.warning.rank {
                    counts.warning += 1
                } else {
                    counts.info += 1
                }
                if alert.state == .firing { counts.unacknowledged += 1 }
            }
        }
        return counts
    }

    /// Alerts that became critical after `sequence` (compare with `criticalSequence`), still critical, neither
    /// silenced nor inhibited at `now`, in the order they became critical: the cue for the bell and incidents.
    public func newCriticals(after sequence: Int, at now: Double) -> [Alert] {
        alerts.values
            .filter { ($0.criticalSequence ?? 0) > sequence && $0.severity == .critical
                && !$0.isSilenced(at: now) && !$0.isInhibited }
            .sorted { ($0.criticalSequence ?? 0) < ($1.criticalSequence ?? 0) }
    }

    /// The sequence number of the newest row (0 before the first); see `alerts(raisedAfter:)`.
    public var latestSequence: Int { nextSequence - 1 }

    /// Active alerts that became rows after `sequence` (compare with `latestSequence`), oldest first: the cue for
    /// the `on_alert` hook.
    public func alerts(raisedAfter sequence: Int) -> [Alert] {
        alerts.values.filter { $0.sequence > sequence }.sorted { $0.sequence < $1.sequence }
    }

    /// How many acknowledgements wait for alerts not yet known.
    public var pendingAcknowledgementCount: Int { pending.count }

    /// Rule subjects not tracked because the evaluator was full.
    public var refusedRuleSubjectCount: Int { evaluator.refusedCount }
}
