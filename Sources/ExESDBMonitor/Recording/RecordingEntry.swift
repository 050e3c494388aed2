/// One line of a recording: `{"t":<epoch s>,"source":"…","line":"…"}`. The one writer and reader of the format
/// that `--record` and incident bundles write and the replay source reads.
public struct RecordingEntry: Sendable, Hashable {
    /// When the line was received, in seconds since the Unix epoch.
    public var time: Double
    /// The name of the source it came from, e.g. `tcp://10.0.0.5:7755`.
    public var source: String
    /// The line's text (invalid UTF-8 was replaced by U+FFFD when recorded).
    public var line: String

    /// An entry for `line` from `source` at `time`.
    public init(time: Double, source: String, line: String) {
        self.time = time
        self.source = source
        self.line = line
    }

    /// The entry as one NDJSON line, without newline. The time keeps every bit of its Double, so a replay
    /// at maximum speed folds into exactly the state of the live run.
    public var encoded: String {
        JSONValue.object(JSONObject([
            .init("t", .double(time)), .init("source", .string(source)), .init("line", .string(line)),
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
        self.init(time: time, source: source, line: line)
    }
}
