import ExESDBMonitor

/// Draws a whole frame: header, panes (or the zoomed one), bottom line and overlays. Pure: the model
/// and view state in, cells out.
public enum DashboardRenderer {
    /// A new screen of `width`×`height` showing the model.
    public static func render(
        model: DashboardModel, view: ViewState, width: Int, height: Int, theme: Theme, glyphs: GlyphSet
    ) -> Screen {
        var screen = Screen(width: width, height: height)
        render(into: &screen, model: model, view: view, theme: theme, glyphs: glyphs)
        return screen
    }

    /// Redraws `screen` in place at its own size, reusing its storage from frame to frame.
    public static func render(into screen: inout Screen, model: DashboardModel, view: ViewState, theme: Theme, glyphs: GlyphSet) {
        screen.clear(style: theme.style(.text))
        let width = screen.width, height = screen.height
        guard DashboardLayout.fits(width: width, height: height) else {
            drawTooSmall(width: width, height: height, theme: theme, glyphs: glyphs, on: &screen)
            return
        }
        let context = PaneContext(model: model, view: view, theme: theme, glyphs: glyphs)
        let layout = DashboardLayout(width: width, height: height, zoomed: view.zoomed)
        HeaderBar.draw(context, in: layout.header, on: &screen)
        for pane in PaneID.allCases {
            guard let rect = layout.panes[pane] else { continue }
            let inner = PaneFrame.draw(pane, in: rect, focused: view.activePane == pane, note: note(of: pane, context),
                                       glyphs: glyphs, theme: theme, on: &screen)
            drawContent(of: pane, context, in: inner, on: &screen)
        }
        FooterBar.draw(context, in: layout.footer, on: &screen)
        if case .detail(let key, let scroll) = view.alertMode,
           let alert = model.alerts.first(where: { $0.key == key }) ?? model.alertHistory.first(where: { $0.key == key }) {
            AlertDetail.draw(alert, scroll: scroll, context, in: layout.body, on: &screen)
        }
        if view.isShowingHelp {
            HelpOverlay.draw(in: Rect(x: 0, y: 0, width: width, height: height), theme: theme, glyphs: glyphs, on: &screen)
        }
    }

    private static func note(of pane: PaneID, _ context: PaneContext) -> String {
        switch pane {
        case .cluster: return ClusterPane.note(context)
        case .alerts: return AlertsPane.note(context)
        case .logs: return LogsPane.note(context)
        case .throughput: return "per second, all nodes" + moreNote(context.model.store.throughput.overflowCount, "series")
        case .latency: return "max over nodes" + moreNote(context.model.store.latency.overflowCount, "series")
        case .resources, .diagnostics: return ""
        }
    }

    /// `  +N more things` when a cap refused N keys, else nothing.
    static func moreNote(_ count: Int, _ things: String) -> String {
        count > 0 ? "  +\(count) more \(things)" : ""
    }

    private static func drawContent(of pane: PaneID, _ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        switch pane {
        case .cluster: ClusterPane.draw(context, in: rect, on: &screen)
        case .throughput: ThroughputPane.draw(context, in: rect, on: &screen)
        case .latency: LatencyPane.draw(context, in: rect, on: &screen)
        case .resources: ResourcesPane.draw(context, in: rect, on: &screen)
        case .alerts: AlertsPane.draw(context, in: rect, on: &screen)
        case .logs: LogsPane.draw(context, in: rect, on: &screen)
        case .diagnostics: DiagnosticsPane.draw(context, in: rect, on: &screen)
        }
    }

    /// `terminal too small: need 60×16` and the current size, centred; on several lines when one is too narrow.
    private static func drawTooSmall(width: Int, height: Int, theme: Theme, glyphs: GlyphSet, on screen: inout Screen) {
        guard width > 0, height > 0 else { return }
        let times = glyphs.text("×", ascii: "x")
        let need = "need \(DashboardLayout.minimumWidth)" + times + "\(DashboardLayout.minimumHeight)"
        let message = "terminal too small: " + need
        let size = "now \(width)" + times + "\(height)"
        let lines = DisplayWidth.of(message) <= width ? [message, size] : ["terminal too small", need, size]
        let top = max(0, height / 2 - 1)
        for (row, text) in lines.enumerated() {
            let columns = min(DisplayWidth.of(text), width)
            screen.putTruncated(text, x: (width - columns) / 2, y: top + row, width: width,
                                style: theme.style(row + 1 == lines.count ? .dim : .warning), ellipsis: glyphs.ellipsis)
        }
    }
}
