extension Severity {
    /// Position on one scale for sorting and thresholds: unknown values rank with `info`.
    public var rank: Int {
        switch self {
        case .low: return 0
        case .info, .other: return 1
        case .medium: return 2
        case .warning: return 3
        case .high: return 4
        case .error: return 5
        case .critical: return 6
        }
    }

    /// Whether the value is one of the named severities, not unknown text.
    public var isKnown: Bool {
        if case .other = self { return false }
        return true
    }
}
