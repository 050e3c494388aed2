/// How many active alerts there are, for the header and the alert pane's title. Silenced and inhibited
/// alerts are counted apart, not in the severity counts.
public struct AlertCounts: Sendable, Hashable {
    /// Severity error or critical.
    public var critical = 0
    /// Severity warning or high.
    public var warning = 0
    /// Any lower severity.
    public var info = 0
    /// Not yet acknowledged (among the counted ones).
    public var unacknowledged = 0
    public var silenced = 0
    public var inhibited = 0

    public init() {}

    /// Every active alert.
    public var total: Int { critical + warning + info + silenced + inhibited }
}
