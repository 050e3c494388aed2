import ExESDBMonitor

/// Per node CPU, memory and disk as gauges with short history sparklines, and network as rates. Three
/// shapes by size: a block of rows per node, one wide row per node, or compact percentages.
enum ResourcesPane {
    private static let types: [(ResourceType, String)] = [(.cpu, "cpu"), (.memory, "mem"), (.disk, "disk")]

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let nodes = nodes(context.model)
        if nodes.isEmpty {
            screen.putTruncated("no resource figures yet", x: rect.x, y: rect.y, width: rect.width,
                                style: context.style(.dim), ellipsis: context.glyphs.ellipsis)
            return
        }
        let offset = context.view[cursor: .resources].offset
        if rect.width >= 110 {
            let first = PaneContext.clampedOffset(offset, visible: rect.height, count: nodes.count)
            for (row, node) in nodes[first..<min(nodes.count, first + rect.height)].enumerated() {
                drawWide(node, context, in: rect, row: row, on: &screen)
            }
        } else if rect.width >= 30, rect.height >= 5 {
            let perScreen = max(1, rect.height / 5)
            let first = PaneContext.clampedOffset(offset, visible: perScreen, count: nodes.count)
            for (block, node) in nodes[first..<min(nodes.count, first + perScreen)].enumerated() {
                drawBlock(node, context, in: rect, row: block * 5, on: &screen)
            }
        } else {
            let first = PaneContext.clampedOffset(offset, visible: rect.height, count: nodes.count)
            for (row, node) in nodes[first..<min(nodes.count, first + rect.height)].enumerated() {
                drawCompact(node, context, in: rect, row: row, on: &screen)
            }
        }
    }

    /// Nodes that reported any resource, by name.
    static func nodes(_ model: DashboardModel) -> [NodeState] {
        model.store.nodes.values.filter { !$0.resources.isEmpty }.sorted { $0.name < $1.name }
    }

    private static func drawBlock(_ node: NodeState, _ context: PaneContext, in rect: Rect, row: Int, on screen: inout Screen) {
        var title = context.writer(in: rect, row: row)
        let isStale = context.model.store.isStale(node, at: context.model.now)
        title.write(node.name, context.style(isStale ? .stale : .header), on: &screen)
        if isStale { title.write(" " + context.glyphs.label(for: StatusMark.stale), context.style(.stale), on: &screen) }
        let gaugeWidth = min(24, max(10, rect.width / 2))
        for (index, (type, label)) in types.enumerated() {
            var writer = context.writer(in: rect, row: row + 1 + index)
            writer.write(" " + label, context.style(.dim), width: 5, on: &screen)
            drawGaugeAndHistory(node.resources[type], context, x: writer.x, y: writer.y, gaugeWidth: gaugeWidth,
                                right: rect.right, on: &screen)
        }
        var network = context.writer(in: rect, row: row + 4)
        network.write(" net", context.style(.dim), width: 5, on: &screen)
        drawNetwork(node, context, with: &network, gaugeWidth: gaugeWidth, on: &screen)
    }

    private static func drawWide(_ node: NodeState, _ context: PaneContext, in rect: Rect, row: Int, on screen: inout Screen) {
        var writer = context.writer(in: rect, row: row)
        let isStale = context.model.store.isStale(node, at: context.model.now)
        writer.write(node.name, context.style(isStale ? .stale : .text), width: 14, on: &screen)
        let networkWidth = 32
        let segment = (rect.width - 14 - networkWidth) / 3
        for (type, label) in types {
            writer.skip(1)
            writer.write(label, context.style(.dim), width: 4, on: &screen)
            let gaugeWidth = min(14, segment - 6)
            drawGaugeAndHistory(node.resources[type], context, x: writer.x, y: writer.y, gaugeWidth: gaugeWidth,
                                right: writer.x + segment - 5, on: &screen)
            writer.skip(segment - 5)
        }
        writer.skip(1)
        writer.write("net ", context.style(.dim), on: &screen)
        drawNetwork(node, context, with: &writer, gaugeWidth: 14, on: &screen)
    }

    private static func drawCompact(_ node: NodeState, _ context: PaneContext, in rect: Rect, row: Int, on screen: inout Screen) {
        var writer = context.writer(in: rect, row: row)
        let isStale = context.model.store.isStale(node, at: context.model.now)
        writer.write(node.name, context.style(isStale ? .stale : .text), width: max(6, rect.width - 21), on: &screen)
        for (type, label) in types {
            let value = node.resources[type]?.latest.usagePercent
            writer.write(" " + String(label.prefix(1)), context.style(.dim), on: &screen)
            writer.write(Format.percent(value), Gauge.style(for: value, theme: context.theme), width: 4, alignRight: true,
                         on: &screen)
        }
    }

    /// A gauge, then as much of the usage history as fits before `right`.
    private static func drawGaugeAndHistory(
        _ record: ResourceRecord?, _ context: PaneContext, x: Int, y: Int, gaugeWidth: Int, right: Int,
        on screen: inout Screen
    ) {
        Gauge.draw(percent: record?.latest.usagePercent, x: x, y: y, width: gaugeWidth, glyphs: context.glyphs,
                   theme: context.theme, on: &screen)
        let sparkWidth = right - (x + gaugeWidth + 1)
        guard let record, sparkWidth >= ThroughputPane.minimumSpark else { return }
        let values = record.history.suffix(sparkWidth).map { Optional($0.value) }
        Sparkline.draw(values, x: x + gaugeWidth + 1, y: y, width: sparkWidth, low: 0, high: 100,
                       glyphs: context.glyphs, on: &screen) { Gauge.style(for: $0, theme: context.theme) }
    }

    /// Receive and transmit rates when the source sends them, else the usage gauge.
    private static func drawNetwork(
        _ node: NodeState, _ context: PaneContext, with writer: inout RowWriter, gaugeWidth: Int, on screen: inout Screen
    ) {
        guard let record = node.resources[.network] else {
            writer.write("-", context.style(.dim), on: &screen)
            return
        }
        let received = record.latest.extraNumber("rx_bytes_per_sec")
        let sent = record.latest.extraNumber("tx_bytes_per_sec")
        if received != nil || sent != nil {
            writer.write("rx " + Format.byteRate(received) + "  tx " + Format.byteRate(sent), context.style(.text), on: &screen)
        } else {
            drawGaugeAndHistory(record, context, x: writer.x, y: writer.y, gaugeWidth: gaugeWidth, right: writer.right,
                                on: &screen)
        }
    }

    /// How many rows the pane can scroll through (one per node).
    static func rowCount(_ model: DashboardModel) -> Int {
        nodes(model).count
    }
}
