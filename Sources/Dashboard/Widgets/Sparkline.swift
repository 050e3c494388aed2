/// A one-row chart: one glyph per value, its height the value's place between a low and a high bound.
enum Sparkline {
    /// Draws the newest `width` values right-aligned from column `x`; missing values stay blank.
    /// `style` picks each column's style from its value.
    static func draw(
        _ values: [Double?], x: Int, y: Int, width: Int, low: Double, high: Double, glyphs: GlyphSet,
        on screen: inout Screen, style: (Double) -> Style
    ) {
        guard width > 0 else { return }
        let shown = values.suffix(width)
        var column = x + width - shown.count
        let span = high - low
        var text = ""
        for case let value in shown {
            defer { column += 1 }
            guard let value else { continue }
            let fraction = span > 0 ? (value - low) / span : (value > 0 ? 1 : 0)
            text.removeAll(keepingCapacity: true)
            text.unicodeScalars.append(glyphs.sparkGlyph(for: fraction))
            screen.put(text, x: column, y: y, style: style(value))
        }
    }
}
