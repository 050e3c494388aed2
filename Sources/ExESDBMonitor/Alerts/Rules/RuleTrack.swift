/// Where one rule stands for one subject: since when each level has held, and the level firing.
struct RuleTrack: Sendable, Hashable {
    var rule: AlertRule
    /// The latest reading of the subject.
    var reading: RuleReading
    var warningSince: Double?
    var criticalSince: Double?
    /// `.warning` or `.critical` while the alert is up.
    var firing: Severity?

    var isIdle: Bool { warningSince == nil && criticalSince == nil && firing == nil }
}
