/// Whether a MetricAlert fires above a maximum or below a minimum.
public enum ThresholdType: Sendable, Hashable, WireEnumeration {
    case max
    case min
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "max": self = .max
        case "min": self = .min
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .max: return "max"
        case .min: return "min"
        case .other(let text): return text
        }
    }
}
