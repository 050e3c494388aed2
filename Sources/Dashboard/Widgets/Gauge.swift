/// A horizontal bar with its percentage, e.g. `█████░░░░░ 52%`.
enum Gauge {
    /// Draws a gauge of `width` columns at `x`; the bar fills what the percentage label leaves.
    /// Unknown values draw an empty bar and `-`.
    static func draw(
        percent: Double?, x: Int, y: Int, width: Int, glyphs: GlyphSet, theme: Theme, on screen: inout Screen
    ) {
        guard width > 0 else { return }
        let label = Format.percent(percent)
        let labelWidth = 4
        let barWidth = width - labelWidth - 1
        let style = Self.style(for: percent, theme: theme)
        if barWidth >= 3 {
            let fraction = min(1, max(0, (percent ?? 0) / 100))
            let filled = Int((fraction * Double(barWidth)).rounded())
            screen.fill(x: x, y: y, width: filled, height: 1, with: glyphs.gaugeFill, style: style)
            screen.fill(x: x + filled, y: y, width: barWidth - filled, height: 1, with: glyphs.gaugeEmpty,
                        style: theme.style(.dim))
            screen.putRightAligned(label, right: x + width, y: y, width: labelWidth, style: style)
        } else {
            screen.putRightAligned(label, right: x + width, y: y, width: width, style: style)
        }
    }

    /// Low values calm, above 75 % the high colour, above 90 % critical.
    static func style(for percent: Double?, theme: Theme) -> Style {
        guard let percent else { return theme.style(.stale) }
        if percent > 90 { return theme.style(.critical) }
        if percent > 75 { return theme.style(.sparkHigh) }
        return theme.style(.sparkLow)
    }
}
