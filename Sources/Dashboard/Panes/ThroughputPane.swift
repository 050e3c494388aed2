import ExESDBMonitor

/// One row per operation: its rate summed over nodes as a per-second sparkline, the current rate, the
/// trend, and the window's minimum and maximum when there is room.
enum ThroughputPane {
    /// Sparklines never shrink below this many columns; under it the row shows figures only.
    static let minimumSpark = 4

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let operations = OperationSeries.grouped(context.model.store.throughput, percentile: nil)
        if operations.isEmpty {
            screen.putTruncated("no throughput metrics yet", x: rect.x, y: rect.y, width: rect.width,
                                style: context.style(.dim), ellipsis: context.glyphs.ellipsis)
            return
        }
        let first = PaneContext.clampedOffset(context.view[cursor: .throughput].offset, visible: rect.height,
                                              count: operations.count)
        let nameWidth = min(18, max(6, operations.map { DisplayWidth.of($0.operation) }.max() ?? 6), rect.width / 3)
        let showsRange = rect.width >= 100
        let figures = 11 + (showsRange ? 22 : 0)
        let sparkWidth = rect.width - nameWidth - 1 - figures
        let seconds = max(sparkWidth, 8)
        for (row, series) in operations[first..<min(operations.count, first + rect.height)].enumerated() {
            let window = SeriesWindow(rings: series.rings, endingAt: context.model.now, seconds: seconds, combining: .sum)
            var writer = context.writer(in: rect, row: row)
            writer.write(series.operation, context.style(.text), width: nameWidth, on: &screen)
            writer.skip(1)
            if sparkWidth >= minimumSpark {
                let high = max(window.maximum ?? 0, 1e-9)
                let threshold = high * 0.75
                Sparkline.draw(window.values, x: writer.x, y: writer.y, width: sparkWidth, low: 0, high: high,
                               glyphs: context.glyphs, on: &screen) {
                    $0 > threshold ? context.style(.sparkHigh) : context.style(.sparkLow)
                }
                writer.skip(sparkWidth + 1)
            }
            if let current = window.current {
                writer.write(Format.compact(current) + "/s", context.style(.header), width: 8, alignRight: true, on: &screen)
                writer.skip(1)
                writer.write(context.glyphs.glyph(for: window.trend), context.style(.text), width: 1, on: &screen)
            } else {
                writer.write("stale", context.style(.stale), width: 10, alignRight: true, on: &screen)
            }
            if showsRange, let minimum = window.minimum, let maximum = window.maximum {
                writer.skip(2)
                writer.write("min " + Format.compact(minimum) + " max " + Format.compact(maximum), context.style(.dim), on: &screen)
            }
        }
    }

    /// How many rows the pane can scroll through.
    static func rowCount(_ model: DashboardModel) -> Int {
        OperationSeries.operations(model.store.throughput).count
    }
}
