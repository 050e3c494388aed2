/// What a SystemState snapshot covers.
public enum SnapshotType: Sendable, Hashable, WireEnumeration {
    case full
    case partial
    case processTree
    case memoryDump
    case memoryUsage
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "full": self = .full
        case "partial": self = .partial
        case "process_tree": self = .processTree
        case "memory_dump": self = .memoryDump
        case "memory_usage": self = .memoryUsage
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .full: return "full"
        case .partial: return "partial"
        case .processTree: return "process_tree"
        case .memoryDump: return "memory_dump"
        case .memoryUsage: return "memory_usage"
        case .other(let text): return text
        }
    }
}
