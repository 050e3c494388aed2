/// What one call to `LineFramer.append` produced.
public struct FramedChunk: Sendable, Hashable {
    /// Complete lines, without `\n` and without a `\r` before it.
    public var lines: [[UInt8]]
    /// Lines found to be over the limit during this call (each is counted once, when detected).
    public var oversizeLines: Int

    /// A chunk of `lines` and `oversizeLines` discarded.
    public init(lines: [[UInt8]] = [], oversizeLines: Int = 0) {
        self.lines = lines
        self.oversizeLines = oversizeLines
    }
}
