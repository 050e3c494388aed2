/// What a piece of the screen means; a theme gives each role a style.
///
/// The raw value is the key used in theme files.
public enum ThemeRole: String, CaseIterable, Sendable {
    /// Ordinary text; its background fills the screen.
    case text
    /// Column headings and labels.
    case header
    /// Pane titles.
    case title
    /// Pane borders.
    case border
    /// The selected row.
    case selection
    /// Secondary text: units, hints, timestamps.
    case dim
    /// ExESDB log colour for successful work (white on blue in ExESDB).
    case success
    /// ExESDB log colour for failures (red).
    case failure
    /// ExESDB log colour for actions (amber).
    case action
    /// ExESDB log colour for health events (cyan).
    case health
    /// Severity info.
    case info
    /// Severity warning.
    case warning
    /// Severity critical and error.
    case critical
    /// Status healthy.
    case healthy
    /// Status degraded.
    case degraded
    /// Status unhealthy.
    case unhealthy
    /// Status stale: older than its source's expected interval.
    case stale
    /// Sparkline and gauge low values.
    case sparkLow = "spark_low"
    /// Sparkline and gauge high values.
    case sparkHigh = "spark_high"
}
