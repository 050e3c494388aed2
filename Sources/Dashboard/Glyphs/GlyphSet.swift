/// Every symbol the view draws, in three sets chosen by what the terminal can show.
///
/// `emoji` is the default under UTF-8, `unicode` avoids emoji (all glyphs one column), `ascii` is for
/// non-UTF-8 locales. No glyph is a VS16 sequence (such as ⚠ followed by U+FE0F): terminals disagree
/// on its width. Every status and severity also has a word.
public struct GlyphSet: Sendable {
    /// The set's name: `emoji`, `unicode` or `ascii`.
    public let name: String
    let statusGlyphs: [StatusMark: String]
    let severityGlyphs: [SeverityMark: String]
    /// Sparkline levels from lowest to highest.
    public let sparkLevels: [Unicode.Scalar]
    /// A filled gauge column.
    public let gaugeFill: Unicode.Scalar
    /// An empty gauge column.
    public let gaugeEmpty: Unicode.Scalar
    /// Box lines.
    public let box: BoxGlyphs
    let trendGlyphs: [TrendDirection: String]
    /// The ellipsis that marks cut text.
    public let ellipsis: String

    /// The glyph for a status, e.g. `●` or `[OK]`.
    public func glyph(for status: StatusMark) -> String { statusGlyphs[status] ?? "?" }

    /// Glyph and word, e.g. `● healthy` or `[DOWN] unhealthy`.
    public func label(for status: StatusMark) -> String { glyph(for: status) + " " + status.word }

    /// The glyph for a severity, e.g. `🚨`, `✖` or `[CRIT]`.
    public func glyph(for severity: SeverityMark) -> String { severityGlyphs[severity] ?? "!" }

    /// Glyph and word, e.g. `⚠ warning`.
    public func label(for severity: SeverityMark) -> String { glyph(for: severity) + " " + severity.word }

    /// The arrow for a trend.
    public func glyph(for trend: TrendDirection) -> String { trendGlyphs[trend] ?? "-" }

    /// The sparkline glyph for a fraction in 0…1 (clamped; NaN draws the lowest level).
    public func sparkGlyph(for fraction: Double) -> Unicode.Scalar {
        guard fraction.isFinite else { return sparkLevels[0] }
        let clamped = min(1, max(0, fraction))
        return sparkLevels[min(sparkLevels.count - 1, Int(clamped * Double(sparkLevels.count)))]
    }

    /// The set for a terminal: `ascii` without UTF-8, otherwise `emoji` or `unicode` as asked.
    public static func forTerminal(isUTF8: Bool, allowEmoji: Bool = true) -> GlyphSet {
        guard isUTF8 else { return .ascii }
        return allowEmoji ? .emoji : .unicode
    }

    /// Unicode symbols plus emoji for severities.
    public static let emoji = GlyphSet(
        name: "emoji",
        statusGlyphs: unicodeStatus,
        severityGlyphs: [.critical: "🚨", .error: "❌", .warning: "⚠", .info: "ℹ"],
        sparkLevels: unicodeSpark, gaugeFill: "█", gaugeEmpty: "░", box: .unicode,
        trendGlyphs: unicodeTrend, ellipsis: "…")

    /// Unicode symbols, every one a single column.
    public static let unicode = GlyphSet(
        name: "unicode",
        statusGlyphs: unicodeStatus,
        severityGlyphs: [.critical: "‼", .error: "✖", .warning: "⚠", .info: "ℹ"],
        sparkLevels: unicodeSpark, gaugeFill: "█", gaugeEmpty: "░", box: .unicode,
        trendGlyphs: unicodeTrend, ellipsis: "…")

    /// Plain ASCII for terminals without UTF-8.
    public static let ascii = GlyphSet(
        name: "ascii",
        statusGlyphs: [.healthy: "[OK]", .degraded: "[DEG]", .unhealthy: "[DOWN]", .stale: "[STALE]"],
        severityGlyphs: [.critical: "[CRIT]", .error: "[ERR]", .warning: "[WARN]", .info: "[INFO]"],
        sparkLevels: ["_", ".", "-", "=", "+", "*", "#", "@"], gaugeFill: "#", gaugeEmpty: ".", box: .ascii,
        trendGlyphs: [.up: "^", .down: "v", .flat: "-"], ellipsis: "~")

    /// Every shipped set.
    public static let all: [GlyphSet] = [.emoji, .unicode, .ascii]

    private static let unicodeStatus: [StatusMark: String] = [
        .healthy: "●", .degraded: "▲", .unhealthy: "✖", .stale: "?",
    ]
    private static let unicodeSpark: [Unicode.Scalar] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let unicodeTrend: [TrendDirection: String] = [.up: "↑", .down: "↓", .flat: "→"]
}
