/// The `?` overlay: every key and what it does, in one or two columns, with the pane digits below.
enum HelpOverlay {
    static func draw(in area: Rect, theme: Theme, glyphs: GlyphSet, on screen: inout Screen) {
        let keyWidth = 10
        let entryWidth = HelpEntry.all.map { keyWidth + 1 + DisplayWidth.of($0.action) }.max() ?? 40
        let twoColumns = area.width >= 2 * (entryWidth + 2) + 4
        let columns = twoColumns ? 2 : 1
        var blocks: [[(HelpEntry?, String)]] = HelpEntry.Section.allCases.map { section in
            [(nil, section.rawValue)] + HelpEntry.all.filter { $0.section == section }.map { ($0, "") }
        }
        if !twoColumns { blocks = [blocks.flatMap { $0 }] }
        let panes = PaneID.allCases.map { String($0.digit) + " " + $0.title }.joined(separator: " ")
        let rows = (blocks.map(\.count).max() ?? 0) + 2
        let width = min(area.width, max(columns * (entryWidth + 2) + 2, DisplayWidth.of(panes) + 4))
        let box = area.centred(width: width, height: rows + 2)
        screen.fill(x: box.x, y: box.y, width: box.width, height: box.height, style: theme.style(.text))
        screen.box(x: box.x, y: box.y, width: box.width, height: box.height, style: theme.style(.title), glyphs: glyphs.box)
        screen.put(" Keys (? or Esc closes) ", x: box.x + 2, y: box.y, style: theme.style(.title), maxWidth: box.width - 4)
        let inner = box.inset(by: 1)
        let columnWidth = inner.width / columns
        for (column, block) in blocks.enumerated() {
            for (row, item) in block.enumerated() where row < inner.height - 2 {
                var writer = RowWriter(x: inner.x + 1 + column * columnWidth, y: inner.y + row,
                                       right: inner.x + (column + 1) * columnWidth, ellipsis: glyphs.ellipsis)
                if let entry = item.0 {
                    writer.write(entry.keys, theme.style(.header), width: keyWidth, on: &screen)
                    writer.skip(1)
                    writer.write(entry.action, theme.style(.text), on: &screen)
                } else {
                    writer.write(item.1, theme.style(.title), on: &screen)
                }
            }
        }
        screen.putTruncated(panes, x: inner.x + 1, y: inner.bottom - 1, width: inner.width - 2, style: theme.style(.dim),
                            ellipsis: glyphs.ellipsis)
        if rows > inner.height {
            screen.putTruncated("(enlarge the terminal to see every key)", x: inner.x + 1, y: inner.bottom - 2,
                                width: inner.width - 2, style: theme.style(.warning), ellipsis: glyphs.ellipsis)
        }
    }
}
