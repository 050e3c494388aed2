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

    public init(
        message: String, component: String? = nil, eventType: String? = nil, storeID: String? = nil,
        pid: String? = nil, metadata: JSONValue? = nil, family: LogFamily = .plain, isRawLine: Bool = false
    ) {
        self.message = message
        self.component = component
        self.eventType = eventType
        self.storeID = storeID
        self.pid = pid
        self.metadata = metadata
        self.family = family
        self.isRawLine = isRawLine
    }

    /// Reads the fields of a `LogEvent` line; the message is required.
    public init(reading fields: inout FieldReader) {
        message = fields.requiredText("message", or: "msg") ?? ""
        component = fields.text("component")
        eventType = fields.text("event_type")
        storeID = fields.text("store_id", or: "store")
        pid = fields.text("pid")
        metadata = fields.value("metadata")
        family = fields.text("family").flatMap(LogFamily.init(rawValue:)) ?? .plain
        isRawLine = false
    }
}
