/// Severity of alerts and analyses, from both field-name sets.
/// Ordered by `rank`: low < info < medium < warning < high < error < critical.
public enum Severity: Sendable, Hashable, WireEnumeration {
    case low
    case info
    case medium
    case warning
    case high
    case error
    case critical
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "low": self = .low
        case "info": self = .info
        case "medium": self = .medium
        case "warning", "warn": self = .warning
        case "high": self = .high
        case "error": self = .error
        case "critical", "crit": self = .critical
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .low: return "low"
        case .info: return "info"
        case .medium: return "medium"
        case .warning: return "warning"
        case .high: return "high"
        case .error: return "error"
        case .critical: return "critical"
        case .other(let text): return text
        }
    }
}
