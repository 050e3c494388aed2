/// What became of one line.
public enum DecodeResult: Sendable, Hashable {
    case event(MonitorEvent)
    case rejected(Rejection)
    /// An empty or all-blank line: nothing to keep, counted only.
    case blank
}
