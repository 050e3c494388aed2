import Dashboard
import ExESDBMonitor
import Testing

/// The limits as the operator sees them: `limits N` in the header once N limits have bitten, and the Limits
/// table of the Diagnostics view with every limit, its cap and its count.
@Suite struct LimitsViewTests {
    init() { TextLocale.prepare() }

    /// One truncated title, one clamped number, one line nested too deeply.
    private func hostileStore() -> Store {
        var store = Store()
        let title = String(repeating: "t", count: 10_000)
        for line in [
            #"{"type":"SystemAlert","alert_id":"a1","title":""# + title + #"","node":"n1@h"}"#,
            #"{"type":"PerformanceMetric","metric_name":"m","value":1e309,"node":"n1@h"}"#,
            #"{"type":"Heartbeat","node":"n1@h","x":"# + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "}",
        ] {
            Fixture.apply(line, at: Fixture.now - 1, to: &store)
        }
        return store
    }

    @Test func theHeaderShowsHowManyLimitsHaveBittenInTheWarningColour() throws {
        let screen = Fixture.render(DashboardModel(store: hostileStore(), now: Fixture.now))
        let header = screen.plainLines()[0]
        #expect(header.contains("limits 3"))
        let place = try #require(Fixture.find("limits 3", in: screen))
        #expect(screen.style(x: place.x, y: place.y) == ThemeCatalog.defaultTheme.style(.warning))
    }

    @Test func theHeaderHasNoLimitsMarkerWhileNoLimitHasBitten() {
        var store = Store()
        Fixture.apply(#"{"type":"Heartbeat","node":"n1@h"}"#, at: Fixture.now - 1, to: &store)
        let header = Fixture.render(DashboardModel(store: store, now: Fixture.now)).plainLines()[0]
        #expect(!header.contains("limits"))
    }

    @Test func theDiagnosticsViewListsEveryLimitWithItsCapAndCount() throws {
        var view = ViewState()
        view.zoomed = .diagnostics
        let lines = Fixture.render(DashboardModel(store: hostileStore(), now: Fixture.now), view, width: 160, height: 60)
            .plainLines()
        let heading = try #require(lines.firstIndex { $0.contains("Limits") && !$0.contains("limits 3") })
        let table = lines[heading...]
        for limit in Limit.allCases {
            #expect(table.contains { $0.contains(limit.rawValue) }, "\(limit.rawValue)")
        }
        let row = { (name: String) in table.first { $0.contains(name) } ?? "" }
        #expect(row("field length").contains("names 256 B, text 8 KiB, log lines 16 KiB"))
        #expect(count(in: row("field length")) == 1)
        #expect(row("number range").contains("clamped"))
        #expect(count(in: row("number range")) == 1)
        #expect(row("JSON nesting depth").contains("64 levels"))
        #expect(count(in: row("JSON nesting depth")) == 1)
        #expect(row("nodes ").contains("128"))
        #expect(count(in: row("nodes ")) == 0)
    }

    /// The last whole number on a table row: its count.
    private func count(in row: String) -> Int? {
        row.split(separator: " ").reversed().lazy.compactMap { Int($0) }.first
    }

    @Test func hugeValuesAreDrawnAsPowersOfTenInsteadOfTrapping() {
        var store = Store()
        for line in [
            #"{"type":"ThroughputMetric","operation":"flood","rate_per_sec":1.7e308,"node":"n1@h"}"#,
            #"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":1e300,"node":"n1@h"}"#,
            #"{"type":"LatencyMetric","operation":"write","latency_ms":1e309,"percentile":"p99","node":"n1@h"}"#,
        ] {
            Fixture.apply(line, at: Fixture.now - 1, to: &store)
        }
        let model = DashboardModel(store: store, now: Fixture.now)
        var view = ViewState()
        view.zoomed = .throughput
        #expect(Fixture.render(model, view).plainLines().joined().contains("1.7e308"))
        view.zoomed = .resources
        #expect(Fixture.render(model, view).plainLines().joined().contains("cpu █"))
        #expect(Fixture.render(model, view).plainLines().joined().contains(" 1.0e"))
        view.zoomed = .latency
        #expect(Fixture.render(model, view).plainLines().joined().contains("1.8e3"))
    }

    @Test func aLongMapInTheAlertDetailEndsWithHowManyEntriesAreNotListed() {
        let members = (0..<200).map { JSONObject.Member("key\($0)", .integer(Int64($0))) }
        let alert = Alert(key: "a1", alertID: "a1", kind: "flood", title: "Many keys", node: "n1@h", severity: .warning,
                          origin: .systemAlert, firstSeen: Fixture.now - 10, metadata: .object(JSONObject(members)))
        var view = ViewState()
        view.alertMode = .detail(alertKey: "a1", scroll: 0)
        let text = Fixture.render(DashboardModel(store: Store(), alerts: [alert], now: Fixture.now), view, height: 48)
            .plainLines().joined(separator: "\n")
        #expect(text.contains("key0"))
        #expect(!text.contains("key50 "))
        var scrolled = ViewState()
        scrolled.alertMode = .detail(alertKey: "a1", scroll: 40)
        let end = Fixture.render(DashboardModel(store: Store(), alerts: [alert], now: Fixture.now), scrolled, height: 48)
            .plainLines().joined(separator: "\n")
        #expect(end.contains("key49"))
        #expect(end.contains("+150 more entries"))
    }

    @Test func aMillionDistinctNodesAndOperationsStayAtTheirCapsAndThePanesSayHowManyMore() {
        var store = Store()
        let decoder = EventDecoder()
        for index in 0..<1_000_000 {
            let line = #"{"type":"ThroughputMetric","operation":"op-\#(index)","rate_per_sec":1,"node":"node-\#(index)"}"#
            store.apply(decoder.decode(line, receivedAt: Fixture.now - 1), at: Fixture.now - 1)
        }
        #expect(store.nodes.count == store.limits.nodes)
        #expect(store.throughput.count == store.limits.series)
        let model = DashboardModel(store: store, now: Fixture.now)
        #expect(model.limits.count(of: .nodes) == 1_000_000 - 128)
        let text = Fixture.render(model, width: 200, height: 60).plainLines().joined(separator: "\n")
        #expect(text.contains("+999872 more nodes"))
        #expect(text.contains("+999488 more series"))
        #expect(text.contains("limits 2"))
    }

    @Test func theAlertsPaneSaysHowManyAlertsWereRefused() {
        var limits = AlertBookLimits()
        limits.active = 50
        var book = AlertBook(limits: limits)
        let decoder = EventDecoder()
        for index in 0..<1_000 {
            let line = #"{"type":"SystemAlert","alert_id":"a-\#(index)","severity":"warning","title":"t","node":"n1@h"}"#
            if case .event(let event) = decoder.decode(line, receivedAt: Fixture.now - 1) { book.apply(event, at: Fixture.now - 1) }
        }
        let model = DashboardModel(store: Store(), alerts: book.active(at: Fixture.now), now: Fixture.now,
                                   limits: LimitReport(store: Store(), alerts: book))
        let text = Fixture.render(model, width: 200, height: 60).plainLines().joined(separator: "\n")
        #expect(text.contains("active 50  +950 more alerts"))
        #expect(text.contains("limits 1"))
    }
}
