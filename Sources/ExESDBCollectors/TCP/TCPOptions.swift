/// Connection settings for a TCP source.
public struct TCPOptions: Sendable, Hashable {
    /// Reconnect spacing.
    public var backoff: BackoffPolicy
    /// Seconds to wait for a connection to open.
    public var connectTimeout: Double
    /// Seconds of silence before the first keepalive probe.
    public var keepaliveIdle: Int
    /// Seconds between keepalive probes.
    public var keepaliveInterval: Int
    /// Unanswered probes before the connection is declared dead.
    public var keepaliveProbes: Int
    /// Lines queued for `send` while disconnected; the oldest are dropped beyond this.
    public var sendQueueLimit: Int

    /// Settings; the defaults detect a silently dead peer in about 5 + 2 × 3 = 11 s and a
    /// closed or reset one at once.
    public init(
        backoff: BackoffPolicy = .standard, connectTimeout: Double = 5, keepaliveIdle: Int = 5,
        keepaliveInterval: Int = 2, keepaliveProbes: Int = 3, sendQueueLimit: Int = 1_000
    ) {
        self.backoff = backoff
        self.connectTimeout = connectTimeout
        self.keepaliveIdle = keepaliveIdle
        self.keepaliveInterval = keepaliveInterval
        self.keepaliveProbes = keepaliveProbes
        self.sendQueueLimit = sendQueueLimit
    }
}
