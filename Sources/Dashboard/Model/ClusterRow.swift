import ExESDBMonitor

/// One row of the cluster table: a node, the heading of the store section, or a store.
public enum ClusterRow: Sendable {
    /// A node's status, age, resources and health.
    case node(NodeState)
    /// The heading above the stores.
    case storeHeading
    /// A store's leader, quorum headroom and members.
    case store(TopologyRecord)

    /// The rows for a model and view: nodes in the view's sort order, then the stores, filtered by text.
    public static func rows(model: DashboardModel, view: ViewState) -> [ClusterRow] {
        let store = model.store
        let needle = view[cursor: .cluster].filter.lowercased()
        var nodes = store.nodes.values.filter { TextMatch.contains($0.name, lowercasedNeedle: needle) }
        let now = model.now
        switch view.clusterSort {
        case .name:
            nodes.sort { $0.name < $1.name }
        case .status:
            let rank = { (node: NodeState) -> Int in
                store.isStale(node, at: now) ? 4 : node.reportedStatus.badness
            }
            nodes.sort { (rank($0), $1.name) > (rank($1), $0.name) }
        case .cpu, .memory:
            let type: ResourceType = view.clusterSort == .cpu ? .cpu : .memory
            let usage = { (node: NodeState) -> Double in node.resources[type]?.latest.usagePercent ?? -1 }
            nodes.sort { (usage($0), $1.name) > (usage($1), $0.name) }
        }
        var rows = nodes.map(ClusterRow.node)
        let stores = store.topology.values
            .filter { TextMatch.contains($0.topology.store, lowercasedNeedle: needle) }
            .sorted { $0.topology.store < $1.topology.store }
        if !stores.isEmpty {
            rows.append(.storeHeading)
            rows.append(contentsOf: stores.map(ClusterRow.store))
        }
        return rows
    }
}
