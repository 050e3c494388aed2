/// What a recognised log message says: its kind, colour family and the parts read from it.
struct LogMatch: Sendable, Hashable {
    /// The classifier's name for the message (`subscribed`, `health_summary`, `nodedown`, `leader_detected`).
    var eventType: String
    var family: LogFamily
    var fields: [LogField] = []
    /// The store the message names, when it names one.
    var store: String?
    /// The leader node a leadership message names.
    var leader: String?
    /// The heading of a titled message (`★ EMITTER WORKER ACTIVATION ★`).
    var title: String?

    /// Adds `key` = `value` when there is a value.
    mutating func add(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { fields.append(LogField(key, value)) }
    }
}
