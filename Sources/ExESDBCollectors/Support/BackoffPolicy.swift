/// How a reconnecting source spaces its attempts.
public struct BackoffPolicy: Sendable, Hashable {
    /// The first delay, in seconds.
    public var initialDelay: Double
    /// The longest delay, in seconds.
    public var maximumDelay: Double
    /// Each failure multiplies the delay by this.
    public var multiplier: Double
    /// Random spread around each delay, as a fraction (0.2 = ±20 %).
    public var jitter: Double
    /// A connection that lasted this long (seconds) was healthy: the next delay starts over.
    public var healthyAfter: Double

    /// A policy; the defaults are the operator-facing ones (0.5 s doubling to 30 s, ±20 %, reset after 10 s).
    public init(
        initialDelay: Double = 0.5, maximumDelay: Double = 30, multiplier: Double = 2,
        jitter: Double = 0.2, healthyAfter: Double = 10
    ) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.multiplier = multiplier
        self.jitter = jitter
        self.healthyAfter = healthyAfter
    }

    /// 0.5 s doubling to 30 s with ±20 % jitter, reset after 10 s connected.
    public static let standard = BackoffPolicy()
}
