/// The capacities that keep an alert book bounded.
public struct AlertBookLimits: Sendable, Hashable {
    /// Alerts firing or acknowledged at once.
    public var active = 1000
    /// Resolved alerts kept.
    public var history = 500
    /// Acknowledgements kept for alerts not (yet) known.
    public var pendingAcknowledgements = 256
    /// Silences at once.
    public var silences = 256
    /// Entries on one alert's timeline (the first one, "fired", is always kept).
    public var timelineEntries = 50

    public init() {}
}
