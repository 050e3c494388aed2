/// Which statistic a LatencyMetric carries.
public enum Percentile: Sendable, Hashable, WireEnumeration {
    case p50
    case p95
    case p99
    case max
    case min
    case avg
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "p50", "median": self = .p50
        case "p95": self = .p95
        case "p99": self = .p99
        case "max": self = .max
        case "min": self = .min
        case "avg", "mean": self = .avg
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .p50: return "p50"
        case .p95: return "p95"
        case .p99: return "p99"
        case .max: return "max"
        case .min: return "min"
        case .avg: return "avg"
        case .other(let text): return text
        }
    }
}
