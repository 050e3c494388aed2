import ExESDBMonitor

/// One line of a recording: `{"t":<epoch s>,"source":"…","line":"…"}`.
public struct RecordingEntry: Sendable, Hashable {
    /// When the line was received, in seconds since the Unix epoch.
    public var time: Double
    /// The source it came from.
    public var source: SourceID
    /// The line's text (invalid UTF-8 was replaced by U+FFFD when recorded).
    public var line: String

    /// An entry for `line` from `source` at `time`.
    public init(time: Double, source: SourceID, line: String) {
        self.time = time
        self.source = source
        self.line = line
    }

    /// The entry for a received line.
    public init(_ received: ReceivedLine) {
        self.init(time: received.receivedAt, source: received.source, line: received.text)
    }

    /// The entry as one NDJSON line, without newline. The time keeps every bit of its Double, so a replay
    /// at maximum speed folds into exactly the state of the live run.
    public var encoded: String {
        JSONValue.object(JSONObject([
            .init("t", .double(time)), .init("source", .string(source.name)), .init("line", .string(line)),
        ])).compactText
    }

    /// Reads an entry from one recording line; nil when it is not one.
    public init?(decoding bytes: [UInt8]) {
        guard
            let object = try? JSONReader.parseObject(bytes, sanitizing: false),
            let time = object["t"]?.doubleValue,
            let source = object["source"]?.stringValue,
            let line = object["line"]?.stringValue
        else { return nil }
        self.init(time: time, source: SourceID(source), line: line)
    }
}
