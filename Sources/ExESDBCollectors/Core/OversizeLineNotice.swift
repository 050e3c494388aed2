/// A line longer than the framing limit was discarded up to its newline.
public struct OversizeLineNotice: Sendable, Hashable {
    /// The source that sent the line.
    public var source: SourceID
    /// The limit the line exceeded, in bytes.
    public var limit: Int
    /// How many oversize lines this source has discarded so far, this one included.
    public var totalDiscarded: Int
    /// When the line was detected, in seconds since the Unix epoch.
    public var detectedAt: Double

    /// A notice that `source` sent a line over `limit` bytes.
    public init(source: SourceID, limit: Int, totalDiscarded: Int, detectedAt: Double) {
        self.source = source
        self.limit = limit
        self.totalDiscarded = totalDiscarded
        self.detectedAt = detectedAt
    }
}
