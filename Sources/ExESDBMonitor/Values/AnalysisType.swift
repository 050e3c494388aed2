/// What a PerformanceAnalysis looked for.
public enum AnalysisType: Sendable, Hashable, WireEnumeration {
    case bottleneck
    case memoryLeak
    case cpuHotspot
    case ioAnalysis
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "bottleneck", "bottleneck_detection": self = .bottleneck
        case "memory_leak": self = .memoryLeak
        case "cpu_hotspot": self = .cpuHotspot
        case "io_analysis": self = .ioAnalysis
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .bottleneck: return "bottleneck"
        case .memoryLeak: return "memory_leak"
        case .cpuHotspot: return "cpu_hotspot"
        case .ioAnalysis: return "io_analysis"
        case .other(let text): return text
        }
    }
}
