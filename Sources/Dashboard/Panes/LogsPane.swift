import ExESDBMonitor

/// The log ring, newest at the bottom: time, node and message, the message in its ExESDB colour family
/// (success, failure, action, health; plain for the rest). Only the lines shown are looked at and classified.
enum LogsPane {
    /// The title note: following or how far scrolled, and the filter.
    static func note(_ context: PaneContext) -> String {
        let view = context.view
        let cursor = view[cursor: .logs]
        let offset = view.logOffset(in: context.model)
        var note = view.isFollowingLogs ? "follow" : "scrolled " + context.glyphs.glyph(for: TrendDirection.up) + "\(offset)"
        if !cursor.filter.isEmpty { note += "  /" + cursor.filter }
        let logs = context.model.store.logs
        note += "  \(logs.count) lines"
        if logs.droppedCount > 0 { note += " (\(logs.droppedCount) dropped)" }
        return note
    }

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let logs = context.model.store.logs
        let cursor = context.view[cursor: .logs]
        let offset = context.view.logOffset(in: context.model)
        let positions = LogWindow.positions(in: logs, lowercasedFilter: cursor.filter.lowercased(), offset: offset,
                                            count: rect.height)
        if positions.isEmpty {
            let text = logs.isEmpty ? "no log lines yet" : "no log line matches the filter"
            screen.putTruncated(text, x: rect.x, y: rect.y, width: rect.width, style: context.style(.dim),
                                ellipsis: context.glyphs.ellipsis)
            return
        }
        let top = rect.height - positions.count
        let nodeWidth = rect.width >= 100 ? 16 : 10
        for (row, position) in positions.enumerated() {
            let record = logs[position]
            let entry = record.entry.classified
            var writer = context.writer(in: rect, row: top + row)
            writer.write(Format.clock(record.time.seconds), context.style(.dim), width: 9, on: &screen)
            writer.write(record.node ?? entry.storeID ?? "-", context.style(.dim), width: nodeWidth, on: &screen)
            writer.skip(1)
            writer.write(entry.message, context.style(role(of: entry.family)), on: &screen)
        }
    }

    /// The theme role of a log colour family.
    static func role(of family: LogFamily) -> ThemeRole {
        switch family {
        case .success: return .success
        case .failure: return .failure
        case .action: return .action
        case .health: return .health
        case .plain: return .text
        }
    }
}
