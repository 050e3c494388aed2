/// A change in a rule's alert for one subject, for the alert book to apply.
public struct RuleTransition: Sendable, Hashable {
    /// What changed.
    public enum Change: Sendable, Hashable {
        /// The condition held for the rule's duration: the alert fires at this severity.
        case fire(Severity)
        /// The firing alert moves to another severity.
        case changeSeverity(Severity)
        /// The condition cleared (past the level less the hysteresis): the alert resolves.
        case clear
    }

    public var change: Change
    public var rule: AlertRule
    public var reading: RuleReading
    /// The level crossed (fire and severity changes) or the clearing level.
    public var threshold: Double?

    public init(change: Change, rule: AlertRule, reading: RuleReading, threshold: Double?) {
        self.change = change
        self.rule = rule
        self.reading = reading
        self.threshold = threshold
    }
}
