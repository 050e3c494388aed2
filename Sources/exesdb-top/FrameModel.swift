import Dashboard
import ExESDBCollectors
import ExESDBMonitor

/// Gathers one frame's `DashboardModel` from the live state and the session's settings.
struct FrameModel {
    var refreshInterval: Double
    var operatorName: String
    var notices: [String]

    /// The model of `contents` at `now`.
    func model(of contents: LiveState.Contents, at now: Double) -> DashboardModel {
        let sources = contents.sourceOrder.map { id in
            let state = contents.sourceStates[id] ?? .connecting
            return SourceStatus(name: id.name, summary: state.description(at: now), mark: state.mark)
        }
        return DashboardModel(
            store: contents.store, alerts: contents.alerts.active(at: now), alertHistory: contents.alerts.history,
            sources: sources, eventsPerSecond: contents.incoming.rate(at: now), now: now,
            refreshInterval: refreshInterval, operatorName: operatorName, notices: notices,
            limits: LimitReport(store: contents.store, alerts: contents.alerts))
    }
}
