import ExESDBMonitor

/// One line of the alert journal: an acknowledgement (or resolution) made at this console, a silence, or the
/// lifting of one. Written in the AlertAck form of docs/protocol.md plus `journal_action`
/// (`acknowledge`, `resolve`, `silence`, `unsilence`) and, for a silence, `until`.
public enum JournalEntry: Sendable, Hashable {
    case acknowledgement(AlertAck)
    case silence(AlertSilence)
    case liftedSilence(key: String, by: String?, at: Double)

    /// The alert key it concerns.
    public var key: String {
        switch self {
        case .acknowledgement(let ack): return ack.alertID
        case .silence(let silence): return silence.key
        case .liftedSilence(let key, _, _): return key
        }
    }

    /// When it was made (epoch seconds).
    public var time: Double {
        switch self {
        case .acknowledgement(let ack): return ack.acknowledgedAt?.seconds ?? 0
        case .silence(let silence): return silence.since
        case .liftedSilence(_, _, let time): return time
        }
    }

    /// The entry as one line, without newline.
    public var line: String {
        switch self {
        case .acknowledgement(let ack):
            let action = ack.resolution == nil ? "acknowledge" : "resolve"
            return ack.line(at: time, extra: [.init("journal_action", .string(action))])
        case .silence(let silence):
            let ack = AlertAck(alertID: silence.key, acknowledgedBy: silence.silencedBy,
                               acknowledgedAt: Timestamp(seconds: silence.since))
            return ack.line(at: silence.since, extra: [
                .init("journal_action", .string("silence")),
                .init("until", .string(Timestamp(seconds: silence.until).iso8601Text)),
            ])
        case .liftedSilence(let key, let by, let time):
            let ack = AlertAck(alertID: key, acknowledgedBy: by, acknowledgedAt: Timestamp(seconds: time))
            return ack.line(at: time, extra: [.init("journal_action", .string("unsilence"))])
        }
    }

    /// Reads a journal line; nil when it is not one.
    public init?(line: String) {
        guard let object = try? JSONReader.parseObject(line) else { return nil }
        var fields = FieldReader(object)
        let ack = AlertAck(reading: &fields)
        guard !ack.alertID.isEmpty else { return nil }
        let time = ack.acknowledgedAt?.seconds ?? object["timestamp"].flatMap { Timestamp(wire: $0) }?.seconds ?? 0
        switch object["journal_action"]?.stringValue ?? "acknowledge" {
        case "acknowledge", "resolve":
            self = .acknowledgement(ack)
        case "silence":
            guard let until = object["until"].flatMap({ Timestamp(wire: $0) }) else { return nil }
            self = .silence(AlertSilence(key: ack.alertID, until: until.seconds, silencedBy: ack.acknowledgedBy ?? "",
                                         since: time))
        case "unsilence":
            self = .liftedSilence(key: ack.alertID, by: ack.acknowledgedBy, at: time)
        default:
            return nil
        }
    }
}
