/// The cluster-wide health picture. Today's ExESDB may send `status` as a node list and `total_nodes` as a
/// name: such values are kept as text (oddities), the counts then derived from the lists where possible.
public struct ClusterHealth: Sendable, Hashable {
    public var status: HealthStatus
    public var healthyNodes: Int?
    public var totalNodes: Int?
    public var degradedNodes: [String]
    public var unhealthyNodes: [String]
    public var quorumStatus: QuorumStatus?

    public init(
        status: HealthStatus, healthyNodes: Int? = nil, totalNodes: Int? = nil, degradedNodes: [String] = [],
        unhealthyNodes: [String] = [], quorumStatus: QuorumStatus? = nil
    ) {
        self.status = status
        self.healthyNodes = healthyNodes
        self.totalNodes = totalNodes
        self.degradedNodes = degradedNodes
        self.unhealthyNodes = unhealthyNodes
        self.quorumStatus = quorumStatus
    }

    /// Reads the fields of a `ClusterHealth` line.
    public init(reading fields: inout FieldReader) {
        status = fields.enumeration(HealthStatus.self, .status) ?? .unknown
        healthyNodes = fields.integer(.healthyNodes)
        totalNodes = fields.integer(.totalNodes)
        degradedNodes = fields.textList(.degradedNodes)
        unhealthyNodes = fields.textList(.unhealthyNodes)
        quorumStatus = fields.enumeration(QuorumStatus.self, .quorumStatus)
    }
}
