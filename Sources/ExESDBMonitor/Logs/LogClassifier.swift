/// Reads ExESDB log messages into classified LogEvents: the event type and parts of every known message kind
/// (`LogRule.catalog`), the colour family from the words, else the emoji, else (raw lines only) the ANSI
/// background colour, and the store, component and pid from the line's tags. Stateless and pure; a box spread
/// over several lines is folded by `LogBlockFolder`.
public struct LogClassifier: Sendable {
    /// The classifier; it holds nothing.
    public init() {}

    /// The LogEvent for one raw (non-JSON) line, received at `receivedAt`, as read (see the bytes form).
    public func event(fromRawLine line: String, receivedAt: Double) -> MonitorEvent {
        var line = line
        return line.withUTF8 { event(fromRawLine: UnsafeRawBufferPointer($0), receivedAt: receivedAt) }
    }

    /// The classified entry of one raw line. The colours are read first, then the text is sanitised
    /// (`TextSanitizer.clean`) and the mis-decoded emoji of the monitoring guide (`đŸŠē`, `đŸĨ`) repaired.
    public func entry(fromRawLine line: String) -> LogEvent {
        var line = line
        return line.withUTF8 { entry(fromRawLine: UnsafeRawBufferPointer($0)) }
    }

    /// The LogEvent for one raw line given as its UTF-8 bytes, received at `receivedAt`, as read: sanitised, its
    /// ANSI background's family noted, its message left to `LogEvent.classified`.
    public func event(fromRawLine line: UnsafeRawBufferPointer, receivedAt: Double) -> MonitorEvent {
        MonitorEvent(
            message: .logEvent(entryAsRead(fromRawLine: line)), node: nil,
            time: Timestamp(seconds: receivedAt, isReceiveTime: true))
    }

    /// The classified entry of one raw line given as its UTF-8 bytes; bytes that are not UTF-8 become U+FFFD.
    public func entry(fromRawLine line: UnsafeRawBufferPointer) -> LogEvent {
        classify(entryAsRead(fromRawLine: line))
    }

    /// One raw line as read: the colours are read first (the family of the background, kept until the message
    /// is classified), then the text is sanitised (`TextSanitizer.clean`) and the mis-decoded emoji of the
    /// monitoring guide (`đŸŠē`, `đŸĨ`) repaired.
    func entryAsRead(fromRawLine line: UnsafeRawBufferPointer) -> LogEvent {
        var text = TextSanitizer.clean(utf8: line)
        if let repaired = Self.repairingMisdecodedEmoji(text) { text = repaired }
        return LogEvent(
            message: text, family: ANSIBackground.family(in: line) ?? .plain, isRawLine: true, needsClassification: true)
    }

    /// `entry` with its message classified like a raw line. For a JSON `log_event` (already sanitised), what the
    /// sender said wins: its family (unless plain), store, title, fields and leader. The event type becomes the
    /// classifier's when the message is recognised; an unrecognised message keeps the sender's, and takes its
    /// family from it (`startup` success, `shutdown` and `error` failure, `action`, `health`). A raw line takes
    /// the family of its words, else of its emoji, else of its ANSI background.
    public func classify(_ entry: LogEvent) -> LogEvent {
        var classified = entry
        classify(&classified)
        return classified
    }

    /// Classifies `entry` in place, as `classify(_:)` does.
    func classify(_ entry: inout LogEvent) {
        entry.needsClassification = false
        let bytes = LogText(entry.message)
        let prefix = LogLinePrefix(bytes)
        let body = prefix.bodyStart..<bytes.count
        if let match = Self.match(bytes, body: body) {
            entry.apply(match)
            if entry.isRawLine || entry.family == .plain { entry.family = match.family }
            entry.storeID = entry.storeID ?? match.store ?? prefix.store
        } else {
            if entry.isRawLine {
                entry.family = Self.family(ofSymbolsIn: bytes, body: body) ?? entry.family
            } else if entry.family == .plain {
                entry.family = Self.family(ofSymbolsIn: bytes, body: body)
                    ?? entry.eventType.flatMap(Self.family(ofSenderEventType:)) ?? .plain
            }
            entry.storeID = entry.storeID ?? prefix.store
        }
        entry.component = entry.component ?? prefix.component
        entry.pid = entry.pid ?? prefix.pid
    }

    /// The first rule of the catalog whose words are in `body`.
    static func match(_ bytes: LogText, body: Range<Int>) -> LogMatch? {
        for rule in LogRule.catalog {
            if let match = rule.match(bytes, body: body) { return match }
        }
        return nil
    }

    /// Families of emoji and symbols, in order of precedence: failure, health, success, action.
    private static let symbols: [(bytes: [UInt8], required: ByteSet, family: LogFamily)] = [
        ("💀", LogFamily.failure), ("❌", .failure), ("🔴", .failure), ("🚨", .failure), ("🔻", .failure),
        ("🩺", .health), ("🏥", .health), ("🟠", .health),
        ("★", .success), ("🟢", .success), ("🏆", .success), ("🚀", .success), ("🔥", .success), ("✅", .success),
        ("👑", .success),
        ("⚡", .action), ("📡", .action), ("📤", .action), ("🔄", .action), ("📈", .action), ("📉", .action),
    ].map { (Array($0.0.utf8), ByteSet($0.0.utf8), $0.1) }

    /// The family of the first listed emoji in `body`; nil for plain text (checked without searching).
    static func family(ofSymbolsIn bytes: LogText, body: Range<Int>) -> LogFamily? {
        guard bytes.present.contains(0xF0) || bytes.present.contains(0xE2) else { return nil }
        for symbol in symbols
        where bytes.present.isSuperset(of: symbol.required) && bytes.find(symbol.bytes, in: body) != nil {
            return symbol.family
        }
        return nil
    }

    /// The family ExESDB's own `event_type` implies.
    private static func family(ofSenderEventType type: String) -> LogFamily? {
        switch type.lowercased().trimmingPrefix(":") {
        case "startup": .success
        case "shutdown", "error": .failure
        case "action": .action
        case "health": .health
        default: nil
        }
    }

    /// `text` with the monitoring guide's mis-decoded `đŸŠē` and `đŸĨ` read as 🩺 and 🏥; nil when it has neither.
    static func repairingMisdecodedEmoji(_ text: String) -> String? {
        var text = text
        let mayHoldThem = text.withUTF8 { $0.contains(0xC4) }
        guard mayHoldThem, text.contains("đŸ") else { return nil }
        return text.replacing("đŸŠē", with: "🩺").replacing("đŸĨ", with: "🏥")
    }
}
