import ExESDBMonitor

/// The newest received lines, bounded by their count and total size: what an incident bundle saves for replay.
public struct RecentLines: Sendable {
    /// The most bytes of line text kept.
    public let byteLimit: Int
    private var lines: BoundedRing<ReceivedLine>
    private var bytes = 0

    public init(byteLimit: Int = 2 << 20, lineLimit: Int = 50_000) {
        self.byteLimit = byteLimit
        self.lines = BoundedRing(capacity: lineLimit)
    }

    /// Keeps `line`, forgetting the oldest lines beyond the limits.
    public mutating func append(_ line: ReceivedLine) {
        if lines.count == lines.capacity, let oldest = lines.removeFirst() { bytes -= oldest.bytes.count }
        lines.append(line)
        bytes += line.bytes.count
        while bytes > byteLimit, lines.count > 1, let oldest = lines.removeFirst() {
            bytes -= oldest.bytes.count
        }
    }

    /// The lines kept, oldest first.
    public var all: [ReceivedLine] { Array(lines) }

    /// Bytes of line text kept.
    public var byteCount: Int { bytes }
}
