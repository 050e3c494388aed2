/// The latest known leadership and membership of one store.
public struct TopologyRecord: Sendable, Hashable {
    public var topology: StoreTopology
    /// Which node reported it.
    public var reportedBy: String?
    public var receivedAt: Double

    public init(topology: StoreTopology, reportedBy: String?, receivedAt: Double) {
        self.topology = topology
        self.reportedBy = reportedBy
        self.receivedAt = receivedAt
    }
}
