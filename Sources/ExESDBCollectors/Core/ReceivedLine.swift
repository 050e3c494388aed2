/// One framed line as a source received it.
public struct ReceivedLine: Sendable, Hashable {
    /// The source the line came from.
    public var source: SourceID
    /// The line's bytes without its `\n` (and without a `\r` before it).
    public var bytes: [UInt8]
    /// When the line was received, in seconds since the Unix epoch.
    public var receivedAt: Double

    /// A line `bytes` received from `source` at `receivedAt` (epoch seconds).
    public init(source: SourceID, bytes: [UInt8], receivedAt: Double) {
        self.source = source
        self.bytes = bytes
        self.receivedAt = receivedAt
    }

    /// The line as text; invalid UTF-8 becomes U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
