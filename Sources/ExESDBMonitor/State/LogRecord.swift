/// A log entry as kept in the log ring.
public struct LogRecord: Sendable, Hashable {
    public var entry: LogEvent
    public var node: String?
    public var time: Timestamp
    public var receivedAt: Double

    public init(entry: LogEvent, node: String?, time: Timestamp, receivedAt: Double) {
        self.entry = entry
        self.node = node
        self.time = time
        self.receivedAt = receivedAt
    }
}
