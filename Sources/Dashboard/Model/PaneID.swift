/// A pane of the dashboard. The raw value is the digit that zooms it.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    /// Nodes and stores.
    case cluster = 1
    /// Operations per second.
    case throughput
    /// p50, p95, p99 per operation.
    case latency
    /// CPU, memory, disk and network per node.
    case resources
    /// Active alerts or their history.
    case alerts
    /// The log ring.
    case logs
    /// Shown only zoomed (key 7): analyses, snapshots, traces, checks and rejected lines.
    case diagnostics

    /// The pane's title.
    public var title: String {
        switch self {
        case .cluster: return "Cluster"
        case .throughput: return "Throughput"
        case .latency: return "Latency"
        case .resources: return "Resources"
        case .alerts: return "Alerts"
        case .logs: return "Logs"
        case .diagnostics: return "Diagnostics"
        }
    }

    /// The digit key that zooms the pane.
    public var digit: Character { Character(String(rawValue)) }

    /// The pane a digit key zooms, if any.
    public init?(digit: Character) {
        guard let value = digit.wholeNumberValue, let pane = PaneID(rawValue: value) else { return nil }
        self = pane
    }

    /// The panes of the unzoomed screen, in focus order.
    public static let grid: [PaneID] = [.cluster, .throughput, .latency, .resources, .alerts, .logs]

    /// Whether `/` filters this pane's rows.
    public var isFilterable: Bool {
        switch self {
        case .cluster, .alerts, .logs: return true
        default: return false
        }
    }
}
