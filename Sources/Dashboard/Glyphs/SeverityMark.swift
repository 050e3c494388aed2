/// How serious an alert or log line is, as the screen shows it.
public enum SeverityMark: String, CaseIterable, Sendable {
    case critical, error, warning, info

    /// The word shown beside the glyph.
    public var word: String { rawValue }
}
