/// One thing that happened to an alert, for its detail view.
public struct AlertTimelineEntry: Sendable, Hashable {
    /// Epoch seconds.
    public var time: Double
    /// What happened, e.g. "fired", "repeated ×3", "acknowledged by ops@n1: on it", "escalated to level 2".
    public var text: String

    public init(time: Double, text: String) {
        self.time = time
        self.text = text
    }
}
