/// The order of the cluster table's node rows; `o` cycles through them.
public enum ClusterSort: String, CaseIterable, Sendable, Hashable {
    /// Worst first: stale, unhealthy, degraded, unknown, healthy; then by name.
    case status
    /// By node name.
    case name
    /// Busiest CPU first.
    case cpu
    /// Fullest memory first.
    case memory

    /// The next order in the cycle.
    public var next: ClusterSort {
        let all = ClusterSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
