import Dashboard
import ExESDBMonitor
import Testing

@Suite struct ClusterPaneTests {
    init() { TextLocale.prepare() }

    @Test func refusedNodesAndStoresAreCountedInTheTitle() {
        var limits = StoreLimits()
        limits.nodes = 2
        limits.stores = 1
        var store = Store(limits: limits)
        for node in ["a@h", "b@h", "c@h", "d@h"] {
            Fixture.apply(#"{"type":"NodeHealth","node":"\#(node)","status":"healthy"}"#, at: Fixture.now - 1, to: &store)
        }
        for name in ["s1", "s2"] {
            Fixture.apply(#"{"type":"StoreTopology","store":"\#(name)","members":["a@h"]}"#, at: Fixture.now - 1, to: &store)
        }
        let text = Fixture.render(DashboardModel(store: store, now: Fixture.now), width: 160, height: 48).plainLines()
            .joined(separator: "\n")
        #expect(text.contains("+2 more nodes"))
        #expect(text.contains("+1 more stores"))
    }

    @Test func everyNodeStaleMakesTheClusterStale() {
        var store = Store()
        Fixture.apply(#"{"type":"NodeHealth","node":"a@h","status":"healthy"}"#, at: Fixture.now - 120, to: &store)
        for glyphs in GlyphSet.all {
            let lines = Fixture.render(DashboardModel(store: store, now: Fixture.now), width: 120, height: 30, glyphs: glyphs)
                .plainLines()
            #expect(lines[0].hasPrefix(glyphs.label(for: .stale)), "\(glyphs.name): \(lines[0])")
            #expect(!lines.joined().contains("healthy"), "\(glyphs.name)")
        }
    }

    @Test func healthColumnCountsComponentsAndChecksAndNamesFailures() {
        let text = Fixture.render(Fixture.model(), width: 200, height: 60).plainLines().joined(separator: "\n")
        #expect(text.contains("comp 0/1 chk 0/1 ra_check,store_worker"))
        #expect(text.contains("chk 1/1"))
    }

    @Test func selectedRowIsHighlightedOnlyInTheFocusedPane() {
        let theme = ThemeCatalog.defaultTheme
        var view = ViewState()
        view[cursor: .cluster].selection = 1
        let screen = Fixture.render(Fixture.model(), view, width: 160, height: 48)
        let row = Fixture.find("│node4@demo ", in: screen)
        #expect(row != nil)
        if let row { #expect(screen.style(x: row.x + 1, y: row.y) == theme.style(.selection)) }
        view.focus = .logs
        let unfocused = Fixture.render(Fixture.model(), view, width: 160, height: 48)
        if let row { #expect(unfocused.style(x: row.x + 1, y: row.y) != theme.style(.selection)) }
    }
}
