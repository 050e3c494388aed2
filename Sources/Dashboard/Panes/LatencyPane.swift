import ExESDBMonitor

/// Latency per operation, the maximum over nodes: p50, p95 and p99 sparklines with their current values when
/// there is room for three rows per operation, else one row with the p99 sparkline and the three values.
/// Values over the warning and critical thresholds take those styles.
enum LatencyPane {
    static let percentiles: [Percentile] = [.p50, .p95, .p99]

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let latency = context.model.store.latency
        let operations = OperationSeries.operations(latency)
        if operations.isEmpty {
            screen.putTruncated("no latency metrics yet", x: rect.x, y: rect.y, width: rect.width,
                                style: context.style(.dim), ellipsis: context.glyphs.ellipsis)
            return
        }
        let grouped = percentiles.map { OperationSeries.grouped(latency, percentile: $0) }
        let rings = { (operation: String, index: Int) -> [BoundedRing<Sample>] in
            grouped[index].first { $0.operation == operation }?.rings ?? []
        }
        let expanded = rect.height >= operations.count * 4 && rect.width >= 24
        let rowsPerOperation = expanded ? 4 : 1
        let firstOperation = PaneContext.clampedOffset(
            context.view[cursor: .latency].offset, visible: rect.height / rowsPerOperation, count: operations.count)
        var row = 0
        for operation in operations[firstOperation...] {
            guard row + rowsPerOperation <= rect.height || (!expanded && row < rect.height) else { break }
            if expanded {
                var writer = context.writer(in: rect, row: row)
                writer.write(operation, context.style(.header), on: &screen)
                for index in percentiles.indices {
                    drawPercentile(percentiles[index], rings(operation, index), context, in: rect, row: row + 1 + index,
                                   on: &screen)
                }
                row += 4
            } else {
                drawCompact(operation, rings, context, in: rect, row: row, on: &screen)
                row += 1
            }
        }
    }

    private static func drawPercentile(
        _ percentile: Percentile, _ rings: [BoundedRing<Sample>], _ context: PaneContext, in rect: Rect, row: Int,
        on screen: inout Screen
    ) {
        var writer = context.writer(in: rect, row: row)
        writer.write(" " + percentile.wireText, context.style(.dim), width: 5, on: &screen)
        let sparkWidth = rect.width - 5 - 9
        let window = SeriesWindow(rings: rings, endingAt: context.model.now, seconds: max(sparkWidth, 8), combining: .maximum)
        if sparkWidth >= ThroughputPane.minimumSpark {
            writer.skip(1)
            let high = max(window.maximum ?? 0, context.model.latencyThresholds.warningMs)
            Sparkline.draw(window.values, x: writer.x, y: writer.y, width: sparkWidth - 1, low: 0, high: high,
                           glyphs: context.glyphs, on: &screen) { style(for: $0, context) }
            writer.skip(sparkWidth - 1)
        }
        writeValue(window.current, context, with: &writer, on: &screen)
    }

    private static func drawCompact(
        _ operation: String, _ rings: (String, Int) -> [BoundedRing<Sample>], _ context: PaneContext, in rect: Rect,
        row: Int, on screen: inout Screen
    ) {
        var writer = context.writer(in: rect, row: row)
        let nameWidth = min(16, max(6, DisplayWidth.of(operation)), rect.width / 3)
        writer.write(operation, context.style(.text), width: nameWidth, on: &screen)
        let shown = rect.width >= 48 ? Array(percentiles.indices) : [2]
        let sparkWidth = rect.width - nameWidth - 1 - shown.count * 11
        if sparkWidth >= ThroughputPane.minimumSpark {
            writer.skip(1)
            let values = SeriesWindow(rings: rings(operation, 2), endingAt: context.model.now, seconds: sparkWidth,
                                      combining: .maximum)
            let high = max(values.maximum ?? 0, context.model.latencyThresholds.warningMs)
            Sparkline.draw(values.values, x: writer.x, y: writer.y, width: sparkWidth, low: 0, high: high,
                           glyphs: context.glyphs, on: &screen) { style(for: $0, context) }
            writer.skip(sparkWidth)
        }
        for index in shown {
            writer.skip(1)
            writer.write(percentiles[index].wireText + " ", context.style(.dim), on: &screen)
            let current = SeriesWindow(rings: rings(operation, index), endingAt: context.model.now, seconds: 1,
                                       combining: .maximum).current
            writeValue(current, context, with: &writer, on: &screen)
        }
    }

    private static func writeValue(_ value: Double?, _ context: PaneContext, with writer: inout RowWriter, on screen: inout Screen) {
        if let value {
            writer.write(Format.milliseconds(value), style(for: value, context), width: 6, alignRight: true, on: &screen)
        } else {
            writer.write("stale", context.style(.stale), width: 6, alignRight: true, on: &screen)
        }
    }

    /// Critical above the critical threshold, warning above the warning one, else plain text.
    static func style(for value: Double, _ context: PaneContext) -> Style {
        let thresholds = context.model.latencyThresholds
        if value > thresholds.criticalMs { return context.style(.critical) }
        if value > thresholds.warningMs { return context.style(.warning) }
        return context.style(.sparkLow)
    }

    /// How many rows the pane can scroll through.
    static func rowCount(_ model: DashboardModel) -> Int {
        OperationSeries.operations(model.store.latency).count
    }
}
