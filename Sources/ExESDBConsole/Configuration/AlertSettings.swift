import ExESDBMonitor

/// The `[alerts]` table: the bell, the local escalation policy and the `on_alert` hook.
public struct AlertSettings: Sendable, Equatable {
    /// Ring the terminal bell for new critical alerts.
    public var bell = true
    /// The least number of seconds between two bells.
    public var bellInterval: Double = 30
    /// When unacknowledged alerts escalate.
    public var escalation = EscalationPolicy()
    /// A shell command run with each alert as JSON on standard input, if set.
    public var onAlert: String?
    /// Seconds the hook may run before it is killed.
    public var onAlertTimeout: Double = 10
    /// The least severity that runs the hook.
    public var onAlertSeverity: Severity = .critical
    /// Whether the built-in rules apply (rules of the file with the same name replace them).
    public var defaultRules = true

    public init() {}
}
