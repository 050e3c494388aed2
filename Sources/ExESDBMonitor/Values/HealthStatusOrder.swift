extension HealthStatus {
    /// Position on a scale from best to worst; unknown values rank with `unknown`, above healthy.
    public var badness: Int {
        switch self {
        case .healthy: return 0
        case .unknown, .other: return 1
        case .degraded: return 2
        case .unhealthy: return 3
        }
    }

    /// The worse of two statuses.
    public static func worse(_ lhs: HealthStatus, _ rhs: HealthStatus) -> HealthStatus {
        rhs.badness > lhs.badness ? rhs : lhs
    }
}

extension HealthStatus {
    /// Whether the value is one of the named statuses other than `unknown`.
    public var isKnownStatus: Bool {
        switch self {
        case .healthy, .degraded, .unhealthy: return true
        case .unknown, .other: return false
        }
    }
}
