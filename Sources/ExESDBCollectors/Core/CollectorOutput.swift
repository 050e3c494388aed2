/// What a collector hands to its consumer: a batch of lines, a change of state, or a notice that a
/// line was too long. Lines arrive in batches so a busy source costs one call per read, not per line.
public enum CollectorOutput: Sendable, Hashable {
    /// Lines in the order they were received, all from one source.
    case lines([ReceivedLine])
    /// The source's connection state changed.
    case state(SourceID, SourceState)
    /// A line over the framing limit was discarded.
    case oversizeLine(OversizeLineNotice)
}
