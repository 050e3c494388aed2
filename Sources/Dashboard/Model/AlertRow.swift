import ExESDBMonitor

/// One row of the alert list: an alert, and whether it is folded under the node-failure alert inhibiting it.
public struct AlertRow: Sendable, Hashable {
    /// The alert.
    public var alert: Alert
    /// True when drawn indented under its inhibiting parent.
    public var isFolded: Bool

    /// The rows the alert pane lists for a model and view: active or history, severity and text
    /// filters applied, each inhibited alert right after its parent when the parent is listed.
    public static func rows(model: DashboardModel, view: ViewState) -> [AlertRow] {
        let source = view.isShowingAlertHistory ? model.alertHistory : model.alerts
        let needle = view[cursor: .alerts].filter.lowercased()
        let shown = source.filter { alert in
            view.severityFilter.admits(alert.severity)
                && TextMatch.anyContains(alert.title, alert.node, alert.kind, alert.severity.wireText,
                                         lowercasedNeedle: needle)
        }
        let parents = Set(shown.lazy.filter { $0.inhibitedBy == nil }.map(\.key))
        var children: [String: [Alert]] = [:]
        for alert in shown {
            if let parent = alert.inhibitedBy, parents.contains(parent) { children[parent, default: []].append(alert) }
        }
        var rows: [AlertRow] = []
        rows.reserveCapacity(shown.count)
        for alert in shown {
            if let parent = alert.inhibitedBy, parents.contains(parent) { continue }
            rows.append(AlertRow(alert: alert, isFolded: false))
            for child in children[alert.key] ?? [] { rows.append(AlertRow(alert: child, isFolded: true)) }
        }
        return rows
    }
}
