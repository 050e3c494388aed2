/// The outcome of a HealthCheck.
public enum CheckResult: Sendable, Hashable, WireEnumeration {
    case pass
    case fail
    case timeout
    /// A value this version does not know, kept as it was sent.
    case other(String)

    public init(wireText: String) {
        switch WireText.normalized(wireText) {
        case "pass", "passed", "ok": self = .pass
        case "fail", "failed": self = .fail
        case "timeout": self = .timeout
        default: self = .other(wireText)
        }
    }

    public var wireText: String {
        switch self {
        case .pass: return "pass"
        case .fail: return "fail"
        case .timeout: return "timeout"
        case .other(let text): return text
        }
    }
}
