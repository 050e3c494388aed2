/// Reads a raw ExESDB log line (Logger or terminal output, with or without ANSI colours) into a LogEvent:
/// the colour family from the emoji or words of the line, else from its ANSI background colour, and the
/// store from an `[EmitterWorker:<store>]` prefix. The text is sanitised here, after the colours were read.
public struct LogClassifier: Sendable {
    public init() {}

    /// The LogEvent for one raw line.
    public func event(fromRawLine line: String, receivedAt: Double) -> MonitorEvent {
        let text = TextSanitizer.clean(line)
        let family = Self.family(ofText: text) ?? Self.family(ofBackgroundIn: line) ?? .plain
        let entry = LogEvent(message: text, storeID: Self.store(in: text), family: family, isRawLine: true)
        return MonitorEvent(
            message: .logEvent(entry), node: nil, time: Timestamp(seconds: receivedAt, isReceiveTime: true))
    }

    private static let markers: [(String, LogFamily)] = [
        ("💀", .failure), ("❌", .failure), ("🔴", .failure), ("🚨", .failure), ("TERMINATION", .failure),
        ("FAILURE", .failure), ("nodedown", .failure), ("SHUTDOWN", .failure),
        ("🩺", .health), ("🏥", .health), ("HEALTH", .health), ("🟠", .health),
        ("★", .success), ("ACTIVATION", .success), ("SUBSCRIBED", .success), ("🟢", .success), ("nodeup", .success),
        ("🏆", .success), ("STARTUP", .success), ("🚀", .success),
        ("⚡", .action), ("📡", .action), ("📤", .action), ("🔄", .action), ("📈", .action), ("📉", .action),
        ("BROADCASTING", .action), ("FORWARDING", .action), ("METRICS", .action),
    ]

    /// The family named by the line's emoji or words, in order of precedence (failure first).
    static func family(ofText text: String) -> LogFamily? {
        for (marker, family) in markers where text.contains(marker) { return family }
        return nil
    }

    /// The family of an ExESDB theme colour `ESC[38;5;FG;48;5;BGm`: 4 or 2 success, 1 failure, 214 action,
    /// 6 health.
    static func family(ofBackgroundIn line: String) -> LogFamily? {
        guard let range = line.firstRange(of: "48;5;") else { return nil }
        let digits = line[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        switch Int(digits) {
        case 4, 2: return .success
        case 1: return .failure
        case 214: return .action
        case 6: return .health
        default: return nil
        }
    }

    /// The store of an `[EmitterWorker:<store>]` or `[EmitterWorker:<store>:Health]` prefix.
    static func store(in text: String) -> String? {
        guard let start = text.firstRange(of: "[EmitterWorker:") else { return nil }
        let rest = text[start.upperBound...]
        let name = rest.prefix { $0 != "]" && $0 != ":" }
        return name.isEmpty ? nil : String(name)
    }
}
