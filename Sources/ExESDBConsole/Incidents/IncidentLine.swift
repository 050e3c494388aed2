import ExESDBMonitor

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
        var output = "{\"t\":" + Self.microsecondText(time) + ",\"source\":"
        JSONValue.writeQuoted(source, to: &output)
        output += ",\"line\":"
        JSONValue.writeQuoted(text, to: &output)
        return output + "}"
    }

    /// `seconds` with six decimals, as `%.6f` writes it.
    private static func microsecondText(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "0.000000" }
        let micros = (abs(seconds) * 1_000_000).rounded()
        let whole = (micros / 1_000_000).rounded(.towardZero)
        let fraction = String(Int64(micros - whole * 1_000_000))
        return (seconds < 0 ? "-" : "") + String(Int64(whole)) + "." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
