/// The cluster as it stands at one moment: from an explicit, fresh ClusterHealth when there is one, else
/// derived from what each node said and how recently.
public struct ClusterView: Sendable, Hashable {
    /// Where the status came from.
    public enum Basis: Sendable, Hashable {
        /// A ClusterHealth message received within the freshness window.
        case reported
        /// Worked out from the nodes' own statuses and staleness.
        case derived
    }

    public var status: HealthStatus
    public var quorum: QuorumStatus?
    public var healthyNodes: Int
    public var totalNodes: Int
    /// Nodes silent for longer than they promised.
    public var staleNodes: [String]
    public var basis: Basis
    /// True when every known node is stale: nothing on screen is current.
    public var isStale: Bool

    public init(
        status: HealthStatus, quorum: QuorumStatus?, healthyNodes: Int, totalNodes: Int, staleNodes: [String],
        basis: Basis, isStale: Bool
    ) {
        self.status = status
        self.quorum = quorum
        self.healthyNodes = healthyNodes
        self.totalNodes = totalNodes
        self.staleNodes = staleNodes
        self.basis = basis
        self.isStale = isStale
    }
}
