/// The health of a node, component or value as the screen shows it.
public enum StatusMark: String, CaseIterable, Sendable {
    case healthy, degraded, unhealthy
    /// Older than its source's expected interval: never drawn as healthy.
    case stale

    /// The word shown beside the glyph, so meaning never rests on colour.
    public var word: String { rawValue }
}
