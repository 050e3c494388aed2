/// One log entry: EmitterWorker's `log_event` broadcast, or a raw log line (Logger or terminal output)
/// received instead of JSON.
public struct LogEvent: Sendable, Hashable {
    public var message: String
    public var component: String?
    public var eventType: String?
    public var storeID: String?
    public var pid: String?
    public var metadata: JSONValue?
    public var family: LogFamily
    /// True when the entry arrived as a raw text line rather than a JSON object.
    public var isRawLine: Bool
    /// The heading of a folded box (`★ EMITTER WORKER ACTIVATION ★`) or of a titled line; nil otherwise.
    public var title: String?
    /// The keys and values read from the message or the box, in order.
    public var fields: [LogField]
    /// The node a leadership line names as leader (`🏆 LEADER DETECTED 🏆 => node1@host`).
    public var leader: String?

    public init(
        message: String, component: String? = nil, eventType: String? = nil, storeID: String? = nil,
        pid: String? = nil, metadata: JSONValue? = nil, family: LogFamily = .plain, isRawLine: Bool = false,
        title: String? = nil, fields: [LogField] = [], leader: String? = nil
    ) {
        self.message = message
        self.component = component
        self.eventType = eventType
        self.storeID = storeID
        self.pid = pid
        self.metadata = metadata
        self.family = family
        self.isRawLine = isRawLine
        self.title = title
        self.fields = fields
        self.leader = leader
    }

    /// Reads the fields of a `LogEvent` line; the message is required. The message is classified like a raw
    /// line (family, event type, fields, leader), a `family` sent on the wire taking precedence.
    public init(reading fields: inout FieldReader) {
        message = fields.requiredText(.message, or: .msg) ?? ""
        component = fields.text(.component)
        eventType = fields.text(.eventType)
        storeID = fields.text(.storeID, or: .store)
        pid = fields.text(.pid)
        metadata = fields.value(.metadata)
        family = fields.text(.family).flatMap(LogFamily.init(rawValue:)) ?? .plain
        isRawLine = false
        title = nil
        self.fields = []
        leader = nil
        LogClassifier().classify(&self)
    }
}
