/// A log entry as kept in the log ring.
///
/// The entry stays in the box its decoded message already holds it in (`Message.logEvent` is stored out of
/// line): keeping the record copies one reference instead of the entry's dozen fields.
public struct LogRecord: Sendable, Hashable {
    /// A `.logEvent` message: the entry.
    private var message: Message
    public var node: String?
    public var time: Timestamp
    public var receivedAt: Double

    public init(entry: LogEvent, node: String?, time: Timestamp, receivedAt: Double) {
        self.init(message: .logEvent(entry), node: node, time: time, receivedAt: receivedAt)
    }

    /// The record of `message`, which must be a `.logEvent`.
    init(message: Message, node: String?, time: Timestamp, receivedAt: Double) {
        self.message = message
        self.node = node
        self.time = time
        self.receivedAt = receivedAt
    }

    /// The entry.
    public var entry: LogEvent {
        get {
            guard case .logEvent(let entry) = message else { preconditionFailure("a log record holds a log event") }
            return entry
        }
        set { message = .logEvent(newValue) }
    }
}
