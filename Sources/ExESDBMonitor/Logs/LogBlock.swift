/// A box being folded: every line held so far (to give back as they came if the box is never made sense of),
/// its title and its `Key: value` fields.
struct LogBlock: Sendable {
    /// The lines held, top edge first.
    private(set) var lines: [MonitorEvent]
    /// The bytes of their messages.
    private(set) var byteCount: Int
    private(set) var title: String?
    /// The classified entry of the title line: event type, family, store, component.
    private(set) var titleEntry: LogEvent?
    private(set) var fields: [LogField] = []

    /// The longest key of a field line (`Subscriber`, `Pool Name`, `Store ID` are far shorter).
    private static let longestKey = 24

    init(top: MonitorEvent, byteCount: Int) {
        lines = [top]
        self.byteCount = byteCount
    }

    /// True once a title or a field was read: the box can be folded into one event.
    var hasContent: Bool { title != nil || !fields.isEmpty }

    mutating func hold(_ line: MonitorEvent, byteCount: Int) {
        lines.append(line)
        self.byteCount += byteCount
    }

    mutating func setTitle(_ title: String, entry: LogEvent) {
        self.title = title
        titleEntry = entry
    }

    mutating func add(_ field: LogField) {
        fields.append(field)
    }

    /// The whole box as one LogEvent at the time of its first line: the title and fields, the title line's
    /// event type, family (else the first line's with one, such as a colour), the `Store`/`Store ID` and `PID`
    /// fields (else the tags of the lines).
    func folded() -> MonitorEvent {
        let entries = lines.compactMap { line -> LogEvent? in
            if case .logEvent(let entry) = line.message { return entry.classified }
            return nil
        }
        let titleFamily = titleEntry.map(\.family).flatMap { $0 == .plain ? nil : $0 }
        let family = titleFamily ?? entries.first { $0.family != .plain }?.family ?? .plain
        let parts = (title.map { [$0] } ?? []) + fields.map { "\($0.key): \($0.value)" }
        let entry = LogEvent(
            message: parts.joined(separator: " "),
            component: titleEntry?.component ?? entries.lazy.compactMap(\.component).first,
            eventType: titleEntry?.eventType,
            storeID: value(of: "Store", "Store ID") ?? titleEntry?.storeID ?? entries.lazy.compactMap(\.storeID).first,
            pid: value(of: "PID") ?? titleEntry?.pid ?? entries.lazy.compactMap(\.pid).first,
            family: family, isRawLine: true, title: title, fields: fields, leader: titleEntry?.leader)
        let first = lines[0]
        return MonitorEvent(message: .logEvent(entry), node: first.node, time: first.time, envelope: first.envelope)
    }

    /// The value of the first field named one of `keys`.
    private func value(of keys: String...) -> String? {
        fields.first { keys.contains($0.key) }?.value
    }

    /// The `Key: value` of a content line: a key of letters, digits, `_` and spaces starting with a letter,
    /// then `:` and a blank (or the end). The value loses one pair of surrounding quotation marks.
    static func field(_ line: LogText, _ content: Range<Int>) -> LogField? {
        let limit = min(content.upperBound, content.lowerBound + longestKey + 1)
        guard !content.isEmpty, line.bytes[content.lowerBound] | 0x20 >= 0x61,
              line.bytes[content.lowerBound] | 0x20 <= 0x7A,
              let colon = line.find([UInt8(ascii: ":")], in: content.lowerBound..<limit),
              colon + 1 == content.upperBound || line.bytes[colon + 1] == 0x20
        else { return nil }
        for index in content.lowerBound..<colon
        where !(line.isAlphanumeric(at: index) || line.bytes[index] == 0x20 || line.bytes[index] == 0x5F) {
            return nil
        }
        guard let key = line.text(content.lowerBound..<colon) else { return nil }
        return LogField(key, line.text((colon + 1)..<content.upperBound).map(LogRule.unquoted) ?? "")
    }
}
