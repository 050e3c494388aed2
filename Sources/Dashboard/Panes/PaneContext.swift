/// What every pane draws from: the model, the view state, the theme and the glyph set of one frame.
struct PaneContext {
    let model: DashboardModel
    let view: ViewState
    let theme: Theme
    let glyphs: GlyphSet

    /// The style of a role.
    func style(_ role: ThemeRole) -> Style { theme.style(role) }

    /// Whether `pane` receives the keys.
    func isActive(_ pane: PaneID) -> Bool { view.activePane == pane }

    /// A writer over a row of `rect`.
    func writer(in rect: Rect, row: Int) -> RowWriter {
        RowWriter(x: rect.x, y: rect.y + row, right: rect.right, ellipsis: glyphs.ellipsis)
    }

    /// A separator between header fields: ` │ ` or ` | `.
    var separator: String { " " + String(glyphs.box.vertical) + " " }

    /// The first row to show so that `selection` stays visible in `visible` rows.
    static func firstRow(selection: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        return min(max(0, selection - visible + 1), count - visible)
    }

    /// A scroll offset clamped to the rows there are.
    static func clampedOffset(_ offset: Int, visible: Int, count: Int) -> Int {
        max(0, min(offset, count - visible))
    }
}
