/// What area a SystemAlert concerns.
public enum AlertCategory: Sendable, Hashable, WireEnumeration {
    case system
    case performance
    case security
    case data
    case network
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "system": self = .system
        case "performance": self = .performance
        case "security": self = .security
        case "data": self = .data
        case "network": self = .network
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .system: return "system"
        case .performance: return "performance"
        case .security: return "security"
        case .data: return "data"
        case .network: return "network"
        case .other(let text): return text
        }
    }
}
