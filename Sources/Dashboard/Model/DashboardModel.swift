import ExESDBMonitor

/// Everything the dashboard draws, gathered by the executable for one frame.
public struct DashboardModel: Sendable {
    /// The folded state of the cluster.
    public var store: Store
    /// Active alerts, already sorted (most urgent first).
    public var alerts: [Alert]
    /// Resolved alerts, newest first.
    public var alertHistory: [Alert]
    /// Each collector's state.
    public var sources: [SourceStatus]
    /// Events per second coming in.
    public var eventsPerSecond: Double
    /// The frame's time, epoch seconds.
    public var now: Double
    /// Seconds between frames.
    public var refreshInterval: Double
    /// Who acknowledges from this console.
    public var operatorName: String
    /// Problems the operator should know about, e.g. `journal not writable: acks unsaved`.
    public var notices: [String]
    /// Where latency values turn warning and critical.
    public var latencyThresholds: LatencyThresholds
    /// Every limit, its cap and how often it bit: the header's `limits N` and the Diagnostics view's table.
    public var limits: LimitReport

    /// A model; everything but the store and the time has an empty default, and the limits are the store's.
    public init(
        store: Store, alerts: [Alert] = [], alertHistory: [Alert] = [], sources: [SourceStatus] = [],
        eventsPerSecond: Double = 0, now: Double, refreshInterval: Double = 1, operatorName: String = "",
        notices: [String] = [], latencyThresholds: LatencyThresholds = LatencyThresholds(), limits: LimitReport? = nil
    ) {
        self.store = store
        self.alerts = alerts
        self.alertHistory = alertHistory
        self.sources = sources
        self.eventsPerSecond = eventsPerSecond
        self.now = now
        self.refreshInterval = refreshInterval
        self.operatorName = operatorName
        self.notices = notices
        self.latencyThresholds = latencyThresholds
        self.limits = limits ?? LimitReport(store: store)
    }
}
