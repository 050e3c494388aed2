import ExESDBMonitor
import Foundation

/// One received line for an incident bundle, written in the recording format the replay source reads.
public struct IncidentLine: Sendable, Hashable {
    /// When it was received, epoch seconds.
    public var time: Double
    /// The source it came from, e.g. `tcp://10.0.0.5:7755`.
    public var source: String
    public var text: String

    public init(time: Double, source: String, text: String) {
        self.time = time
        self.source = source
        self.text = text
    }

    /// `{"t":<epoch s>,"source":"…","line":"…"}`, without newline.
    public var recordingLine: String {
        var output = "{\"t\":" + String(format: "%.6f", time) + ",\"source\":"
        JSONValue.writeQuoted(source, to: &output)
        output += ",\"line\":"
        JSONValue.writeQuoted(text, to: &output)
        return output + "}"
    }
}
