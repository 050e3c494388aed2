/// The capacities that keep the state's memory bounded whatever the input.
public struct StoreLimits: Sendable, Hashable {
    public var nodes = 128
    public var stores = 64
    /// Metric series (operation × node, and × percentile for latency).
    public var series = 512
    public var componentsPerNode = 64
    public var checksPerNode = 64
    public var performanceMetricsPerNode = 64
    /// Resource types per node: cpu, memory, disk, network and any other a node names.
    public var resourcesPerNode = 16
    /// Points kept per series and per resource history.
    public var historyLength = 300
    public var logs = 10_000
    public var diagnosticsPerNode = 5
    public var alertInputs = 2_000
    public var recentRejections = 100
    /// Seconds between two signs of life expected from a node that sent no heartbeat interval.
    public var defaultNodeInterval = 5.0
    /// A node is stale once silent for this many expected intervals.
    public var staleAfterIntervals = 2.0
    /// An explicit ClusterHealth older than this many seconds no longer overrides the derived view.
    public var clusterHealthFreshness = 30.0

    public init() {}
}
