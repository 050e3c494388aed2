import ExESDBMonitor

/// The header: cluster status, quorum, nodes, ingest figures (with `limits N` once N limits have bitten),
/// refresh, PAUSED and the clock on the first row; sources and notices on the second.
enum HeaderBar {
    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        let model = context.model
        let view = model.store.clusterView(at: model.now)
        let narrow = rect.width < 100
        let clock = Format.clock(model.now) + (narrow ? "" : " UTC")
        let clockWidth = DisplayWidth.of(clock)
        screen.putRightAligned(clock, right: rect.right, y: rect.y, width: rect.width, style: context.style(.header))
        var row = RowWriter(x: rect.x, y: rect.y, right: rect.right - clockWidth - 1, ellipsis: context.glyphs.ellipsis)
        let badge = view.totalNodes == 0 && view.status == .unknown
            ? Badge(HealthStatus.other("no data"), isStale: false, glyphs: context.glyphs)
            : Badge(view.status, isStale: view.isStale, glyphs: context.glyphs)
        row.write(badge.text, context.style(badge.role).adding(.bold), on: &screen)
        let separator = narrow ? "  " : context.separator
        let dim = context.style(.dim)
        if context.view.isPaused {
            row.write(" ", dim, on: &screen)
            row.write("PAUSED", context.style(.warning).adding(.reverse), on: &screen)
        }
        row.write(separator, dim, on: &screen)
        switch view.quorum {
        case .available?: row.write(narrow ? "quorum ok" : "quorum available", context.style(.healthy), on: &screen)
        case .lost?: row.write("quorum LOST", context.style(.critical), on: &screen)
        case .other(let text)?: row.write("quorum " + text, context.style(.degraded), on: &screen)
        case nil: row.write("quorum ?", context.style(.stale), on: &screen)
        }
        row.write(separator, dim, on: &screen)
        let nodesRole: ThemeRole = view.totalNodes > 0 && view.healthyNodes == view.totalNodes ? .healthy : .degraded
        row.write("nodes \(view.healthyNodes)/\(view.totalNodes)", context.style(view.totalNodes == 0 ? .dim : nodesRole),
                  on: &screen)
        if !view.staleNodes.isEmpty {
            row.write(" (\(view.staleNodes.count) stale)", context.style(.stale), on: &screen)
        }
        row.write(separator, dim, on: &screen)
        row.write(Format.compact(model.eventsPerSecond) + " ev/s", context.style(.text), on: &screen)
        row.write(separator, dim, on: &screen)
        let rejected = model.store.counters.rejected
        row.write((narrow ? "rej " : "rejected ") + "\(rejected)", rejected > 0 ? context.style(.warning) : dim, on: &screen)
        let bittenLimits = model.limits.bittenCount
        if bittenLimits > 0 {
            row.write(separator, dim, on: &screen)
            row.write("limits \(bittenLimits)", context.style(.warning), on: &screen)
        }
        row.write(separator, dim, on: &screen)
        row.write((narrow ? "every " : "refresh ") + refreshText(model.refreshInterval), dim, on: &screen)
        if rect.height > 1 { drawSources(context, in: rect, on: &screen) }
    }

    /// Sources in trouble first, then notices, then the healthy sources.
    private static func drawSources(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        var row = context.writer(in: rect, row: 1)
        var first = true
        func gap() {
            if !first { row.write("  ", context.style(.dim), on: &screen) }
            first = false
        }
        let model = context.model
        let troubled = model.sources.filter { $0.mark != .healthy }
        let healthy = model.sources.filter { $0.mark == .healthy }
        for source in troubled {
            gap()
            source.draw(context, with: &row, on: &screen)
        }
        for notice in model.notices {
            gap()
            row.write(context.glyphs.glyph(for: SeverityMark.warning) + " " + notice, context.style(.warning), on: &screen)
        }
        for source in healthy {
            gap()
            source.draw(context, with: &row, on: &screen)
        }
        if model.sources.isEmpty, model.notices.isEmpty {
            row.write("no sources", context.style(.dim), on: &screen)
        }
    }

    /// `1s`, `0.5s`, `2.5s`.
    static func refreshText(_ seconds: Double) -> String {
        (seconds.rounded() == seconds ? Format.decimal(seconds, places: 0) : Format.decimal(seconds, places: 1)) + "s"
    }
}

private extension SourceStatus {
    func draw(_ context: PaneContext, with row: inout RowWriter, on screen: inout Screen) {
        let badge = Badge(mark, glyphs: context.glyphs)
        row.write(badge.glyph + " " + name + ": ", context.style(badge.role), on: &screen)
        row.write(summary, mark == .healthy ? context.style(.dim) : context.style(badge.role), on: &screen)
    }
}
