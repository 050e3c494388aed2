extension Screen {
    /// Draws a box outline (clipped to the screen); boxes narrower or shorter than 2 draw nothing.
    public mutating func box(x: Int, y: Int, width: Int, height: Int, style: Style, glyphs: BoxGlyphs) {
        guard width >= 2, height >= 2 else { return }
        let right = x + width - 1
        let bottom = y + height - 1
        horizontalLine(x: x + 1, y: y, length: width - 2, style: style, glyph: glyphs.horizontal)
        horizontalLine(x: x + 1, y: bottom, length: width - 2, style: style, glyph: glyphs.horizontal)
        verticalLine(x: x, y: y + 1, length: height - 2, style: style, glyph: glyphs.vertical)
        verticalLine(x: right, y: y + 1, length: height - 2, style: style, glyph: glyphs.vertical)
        fill(x: x, y: y, width: 1, height: 1, with: glyphs.topLeft, style: style)
        fill(x: right, y: y, width: 1, height: 1, with: glyphs.topRight, style: style)
        fill(x: x, y: bottom, width: 1, height: 1, with: glyphs.bottomLeft, style: style)
        fill(x: right, y: bottom, width: 1, height: 1, with: glyphs.bottomRight, style: style)
    }

    /// Draws a horizontal run of one narrow glyph.
    public mutating func horizontalLine(x: Int, y: Int, length: Int, style: Style, glyph: Unicode.Scalar) {
        fill(x: x, y: y, width: length, height: 1, with: glyph, style: style)
    }

    /// Draws a vertical run of one narrow glyph.
    public mutating func verticalLine(x: Int, y: Int, length: Int, style: Style, glyph: Unicode.Scalar) {
        fill(x: x, y: y, width: 1, height: length, with: glyph, style: style)
    }
}
