/// The resource a ResourceUsage measures.
public enum ResourceType: Sendable, Hashable, WireEnumeration {
    case cpu
    case memory
    case disk
    case network
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "cpu": self = .cpu
        case "memory": self = .memory
        case "disk": self = .disk
        case "network": self = .network
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .cpu: return "cpu"
        case .memory: return "memory"
        case .disk: return "disk"
        case .network: return "network"
        case .other(let text): return text
        }
    }
}
