/// Whether the cluster can still form a Ra quorum.
public enum QuorumStatus: Sendable, Hashable, WireEnumeration {
    case available
    case lost
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "available": self = .available
        case "lost": self = .lost
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .available: return "available"
        case .lost: return "lost"
        case .other(let text): return text
        }
    }
}
