/// A pane's border with its digit and title on the top edge, highlighted when focused, and an
/// optional note (filter, mode) at the right of the top edge.
enum PaneFrame {
    /// Draws the frame and returns the inside.
    static func draw(
        _ pane: PaneID, in rect: Rect, focused: Bool, note: String, glyphs: GlyphSet, theme: Theme,
        on screen: inout Screen
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = focused ? theme.style(.title) : theme.style(.border)
        screen.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: border, glyphs: glyphs.box)
        let marker = focused ? glyphs.text("▶", ascii: ">") : ""
        let title = " " + marker + String(pane.digit) + " " + pane.title + " "
        let titleStyle = focused ? theme.style(.selection).adding(.bold) : theme.style(.title)
        let titleWidth = screen.putTruncated(title, x: rect.x + 1, y: rect.y, width: rect.width - 2,
                                             style: titleStyle, ellipsis: glyphs.ellipsis)
        let room = rect.width - 4 - titleWidth
        if !note.isEmpty, room > 4 {
            let text = " " + note + " "
            let columns = min(DisplayWidth.of(text), room)
            screen.putTruncated(text, x: rect.right - 1 - columns, y: rect.y, width: columns,
                                style: theme.style(.dim), ellipsis: glyphs.ellipsis)
        }
        return rect.inset(by: 1)
    }
}
