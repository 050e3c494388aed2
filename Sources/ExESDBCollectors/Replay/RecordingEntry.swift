import Foundation

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

    /// The entry as one NDJSON line, without newline.
    public var encoded: String {
        "{\"t\":\(String(format: "%.6f", time)),\"source\":\(JSONStringEscaper.quoted(source.name)),\"line\":\(JSONStringEscaper.quoted(line))}"
    }

    /// Reads an entry from one recording line; nil when it is not one.
    public init?(decoding bytes: [UInt8]) {
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let time = (object["t"] as? NSNumber)?.doubleValue,
            let source = object["source"] as? String,
            let line = object["line"] as? String
        else { return nil }
        self.init(time: time, source: SourceID(source), line: line)
    }
}
