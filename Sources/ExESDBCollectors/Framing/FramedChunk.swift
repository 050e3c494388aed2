/// What one call to `LineFramer.append` produced.
public struct FramedChunk: Sendable, Hashable {
    /// Complete lines, without `\n` and without a `\r` before it.
    public var lines: [[UInt8]]
    /// Lines found to be over the limit during this call (each is counted once, when detected).
    public var oversizeLines: Int { oversizePositions.count }
    /// Where each oversize line stood: the number of `lines` framed before it in this chunk.
    public var oversizePositions: [Int]

    /// A chunk of `lines`, with oversize lines discarded at `oversizePositions`.
    public init(lines: [[UInt8]] = [], oversizePositions: [Int] = []) {
        self.lines = lines
        self.oversizePositions = oversizePositions
    }
}
