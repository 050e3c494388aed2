/// One log entry: EmitterWorker's `log_event` broadcast, or a raw log line (Logger or terminal output)
/// received instead of JSON. The decoder keeps an entry as read (`needsClassification`): what the message
/// says (event type, family, parts, and the store, component and pid of its tags) is read by `classified`,
/// when the entry is shown, so a line that scrolls out unseen costs no classification.
///
/// Made with the initialiser Swift writes for its members, whose defaults leave an entry classified and empty but for
/// its message: a hand-written one copies the entry field by field (see `MonitorEvent`).
public struct LogEvent: Sendable, Hashable {
    public var message: String
    public var component: String?
    public var eventType: String?
    public var storeID: String?
    public var pid: String?
    public var metadata: JSONValue?
    public var family = LogFamily.plain
    /// True when the entry arrived as a raw text line rather than a JSON object.
    public var isRawLine = false
    /// The heading of a folded box (`★ EMITTER WORKER ACTIVATION ★`) or of a titled line; nil otherwise.
    public var title: String?
    /// The keys and values read from the message or the box, in order.
    public var fields: [LogField] = []
    /// The node a leadership line names as leader (`🏆 LEADER DETECTED 🏆 => node1@host`).
    public var leader: String?
    /// True for an entry as the decoder read it, its message not yet classified: the family is the sender's
    /// (a raw line's: its ANSI background's), and nothing has been read from the message.
    public internal(set) var needsClassification = false

    /// The entry with its message classified (`LogClassifier.classify(_:)`); itself when it already is.
    public var classified: LogEvent {
        needsClassification ? LogClassifier().classify(self) : self
    }
}

extension LogEvent {
    /// Reads the fields of a `LogEvent` line; the message is required. The message is left to `classified`.
    public init(reading fields: inout FieldReader) {
        self.init(
            message: fields.requiredText(.message, or: .msg) ?? "", component: fields.text(.component),
            eventType: fields.text(.eventType), storeID: fields.text(.storeID, or: .store), pid: fields.text(.pid),
            metadata: fields.value(.metadata), family: fields.text(.family).flatMap(LogFamily.init(rawValue:)) ?? .plain,
            needsClassification: true)
    }
}
