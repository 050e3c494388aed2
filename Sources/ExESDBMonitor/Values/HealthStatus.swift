/// Health of a node, component or cluster.
public enum HealthStatus: Sendable, Hashable, WireEnumeration {
    case healthy
    case degraded
    case unhealthy
    case unknown
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "healthy": self = .healthy
        case "degraded": self = .degraded
        case "unhealthy": self = .unhealthy
        case "unknown": self = .unknown
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .healthy: return "healthy"
        case .degraded: return "degraded"
        case .unhealthy: return "unhealthy"
        case .unknown: return "unknown"
        case .other(let text): return text
        }
    }
}
