/// The pure facts of the demo storyline at a second of its cycle: phases, node health, the memory
/// and latency curves, store leadership.
public enum DemoStoryline {
    /// Seconds before the story repeats.
    public static let cycleLength = 240
    /// The nodes, node1@demo … node4@demo.
    public static let nodes = ["node1@demo", "node2@demo", "node3@demo", "node4@demo"]
    /// The stores.
    public static let stores = ["reg_gh", "orders", "audit"]
    /// Members of each store, by node index.
    static let members = [[0, 1, 2], [0, 1, 3], [0, 2, 3]]

    /// The chapter at `second` of a cycle (0 ..< cycleLength).
    public static func phase(at second: Int) -> DemoPhase {
        switch second {
        case ..<40: return .steady
        case ..<70: return .latencySpike
        case ..<130: return .memoryClimb
        case ..<150: return .nodeDegraded
        case ..<200: return .nodeUnresponsive
        default: return .recovery
        }
    }

    /// Health of node `index` at `second`: healthy, degraded or unhealthy.
    public static func status(ofNode index: Int, at second: Int) -> String {
        guard index == 3 else { return "healthy" }
        switch second {
        case 130..<150: return "degraded"
        case 150..<200: return "unhealthy"
        default: return "healthy"
        }
    }

    /// True when node `index` sends nothing at `second` (node4 while unresponsive).
    public static func isSilent(node index: Int, at second: Int) -> Bool {
        index == 3 && (150..<200).contains(second)
    }

    /// node2's memory use in percent at `second` (other nodes hover around their base).
    public static func memoryPercent(ofNode index: Int, at second: Int) -> Double {
        let base = [54.0, 61.0, 48.0, 57.0][index]
        guard index == 1, (70..<130).contains(second) else { return base }
        return base + Double(second - 70) * 0.58
    }

    /// How many times its normal value the p99 write latency of node1 is at `second`.
    public static func latencyFactor(at second: Int) -> Double {
        guard (40..<70).contains(second) else { return 1 }
        let into = Double(second - 40)
        return 1 + 9 * min(into / 8, 1, (30 - into) / 8)
    }

    /// The leader of store `store` (index) at `second`, as a node index.
    public static func leader(ofStore store: Int, at second: Int) -> Int {
        switch store {
        case 0: return 1
        case 1: return 0
        default: return (152..<225).contains(second) ? 2 : 3
        }
    }

    /// Members of store `store` that are up at `second`.
    static func liveMembers(ofStore store: Int, at second: Int) -> [Int] {
        members[store].filter { !isSilent(node: $0, at: second) }
    }
}
