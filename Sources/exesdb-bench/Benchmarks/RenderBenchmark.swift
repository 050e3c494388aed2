import Dashboard
import ExESDBMonitor

/// The cost of one frame: a full redraw of the dashboard into the cell buffer, from a Store and an
/// AlertBook populated by the generated stream, and the scan for changed cells that decides what reaches
/// the terminal, when one row changed.
struct RenderBenchmark {
    var width = 200
    var height = 60
    /// Lines folded into the state before drawing.
    var populatingLines = 300_000

    /// Change scans timed together for one value: a scan takes about as long as reading the CPU clock twice.
    private static let scansPerSample = 10

    /// CPU microseconds per full render and per change scan (the mean of `scansPerSample`), one value per
    /// timed repetition.
    func run(renders: Int, scans: Int) -> [Figure] {
        let model = populatedModel()
        let theme = ThemeCatalog.defaultTheme
        let glyphs = GlyphSet.emoji
        let view = ViewState()
        var screen = Screen(width: width, height: height)
        for _ in 0..<5 {
            DashboardRenderer.render(into: &screen, model: model, view: view, theme: theme, glyphs: glyphs)
        }
        var renderMicroseconds: [Double] = []
        for _ in 0..<renders {
            let stopwatch = Stopwatch()
            DashboardRenderer.render(into: &screen, model: model, view: view, theme: theme, glyphs: glyphs)
            renderMicroseconds.append(stopwatch.cpuSeconds * 1e6)
        }
        let previous = screen
        var current = screen
        current.put("a changed row " + String(repeating: "x", count: width), x: 0, y: height / 2,
                    style: theme.style(.warning))
        var changed = 0
        var scanMicroseconds: [Double] = []
        for _ in 0..<scans {
            let stopwatch = Stopwatch()
            for _ in 0..<Self.scansPerSample {
                current.forEachChangedCell(since: previous) { _, _ in changed += 1 }
            }
            scanMicroseconds.append(stopwatch.cpuSeconds * 1e6 / Double(Self.scansPerSample))
        }
        print("  \(width)×\(height) frame; \(changed / scans / Self.scansPerSample) cells changed in the scanned frame")
        return [
            Figure(name: "render_full_frame_us", unit: "us", values: renderMicroseconds),
            Figure(name: "render_change_scan_us", unit: "us", values: scanMicroseconds),
        ]
    }

    /// The model of a busy cluster: the stream folded at 10,000 lines a second, its alerts, two sources.
    private func populatedModel() -> DashboardModel {
        let generator = StreamGenerator()
        let decoder = EventDecoder()
        var store = Store()
        var alerts = AlertBook()
        var now = 1_795_700_000.0
        for number in 0..<populatingLines {
            now = 1_795_700_000 + Double(number) * 1e-4
            let result = decoder.decode(generator.line(number), receivedAt: now)
            store.apply(result, at: now)
            if case .event(let event) = result { alerts.apply(event, at: now) }
        }
        let sources = [
            SourceStatus(name: "tcp 127.0.0.1:7755", summary: "connected", mark: .healthy),
            SourceStatus(name: "proc", summary: "sampling", mark: .healthy),
        ]
        return DashboardModel(
            store: store, alerts: alerts.active(at: now), alertHistory: alerts.history, sources: sources,
            eventsPerSecond: 10_000, now: now + 0.5, operatorName: "ops@bench")
    }
}
