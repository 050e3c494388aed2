import ExESDBMonitor

/// Which alerts the alert list shows; `v` cycles through them.
public enum SeverityFilter: String, CaseIterable, Sendable, Hashable {
    /// Every alert.
    case all
    /// Warning, high, error and critical.
    case warningAndAbove = "warning+"
    /// Critical only.
    case critical

    /// The next filter in the cycle.
    public var next: SeverityFilter {
        let all = SeverityFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether an alert of `severity` passes.
    public func admits(_ severity: Severity) -> Bool {
        switch self {
        case .all: return true
        case .warningAndAbove: return severity.rank >= Severity.warning.rank
        case .critical: return severity.rank >= Severity.critical.rank
        }
    }
}
