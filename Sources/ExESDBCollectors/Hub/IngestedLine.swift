import ExESDBMonitor

/// One line after decoding: where it came from, when, and what it became.
public struct IngestedLine: Sendable {
    public var source: SourceID
    public var receivedAt: Double
    public var result: DecodeResult

    public init(source: SourceID, receivedAt: Double, result: DecodeResult) {
        self.source = source
        self.receivedAt = receivedAt
        self.result = result
    }
}
