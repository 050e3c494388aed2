/// A framer bound to one source: turns reads into `CollectorOutput` batches for that source.
struct LineStream: Sendable {
    /// The source the lines are attributed to.
    let source: SourceID
    private var framer: LineFramer

    /// A stream for `source` with the given line limit.
    init(source: SourceID, maximumLineLength: Int = LineFramer.defaultMaximumLineLength) {
        self.source = source
        self.framer = LineFramer(maximumLineLength: maximumLineLength)
    }

    /// Bytes held for an unfinished line.
    var bufferedByteCount: Int { framer.bufferedByteCount }

    /// Frames `bytes` received at `time` and hands the results to `deliver` (at most one lines batch).
    mutating func feed(
        _ bytes: UnsafeRawBufferPointer, at time: Double, deliver: (CollectorOutput) -> Void
    ) {
        // Framed before the call: `publish` reads the framer's counts, and a call reads `self` before its arguments.
        let chunk = framer.append(bytes)
        publish(chunk, at: time, deliver: deliver)
    }

    /// Ends the stream: a partial last line is delivered as a line.
    mutating func finish(at time: Double, deliver: (CollectorOutput) -> Void) {
        let chunk = framer.finish()
        publish(chunk, at: time, deliver: deliver)
    }

    /// Forgets a partial line.
    mutating func reset() {
        framer.reset()
    }

    private func publish(_ chunk: FramedChunk, at time: Double, deliver: (CollectorOutput) -> Void) {
        if chunk.oversizeLines > 0 {
            deliver(.oversizeLine(OversizeLineNotice(
                source: source, limit: framer.maximumLineLength,
                totalDiscarded: framer.oversizeLineCount, detectedAt: time)))
        }
        if !chunk.lines.isEmpty {
            deliver(.lines(chunk.lines.map { ReceivedLine(source: source, bytes: $0, receivedAt: time) }))
        }
    }
}
