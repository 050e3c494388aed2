/// A mute on one alert key until a time, by an operator.
public struct AlertSilence: Sendable, Hashable {
    public var key: String
    /// Epoch seconds when it ends by itself.
    public var until: Double
    public var silencedBy: String
    public var since: Double

    public init(key: String, until: Double, silencedBy: String, since: Double) {
        self.key = key
        self.until = until
        self.silencedBy = silencedBy
        self.since = since
    }
}
