import Dashboard
import ExESDBMonitor
import Testing

@Suite struct ViewStateTests {
    init() { TextLocale.prepare() }

    let model = Fixture.model()

    /// A state where `key` has something to act on: the alerts or cluster pane focused with the second row
    /// selected, zoomed for Esc, the silenced alert selected for `u`.
    func state(for key: Key, in section: HelpEntry.Section) -> ViewState {
        var view = ViewState()
        view.focus = section == .alerts ? .alerts : .cluster
        view[cursor: view.focus].selection = key == .character("u") ? 3 : 1
        if key == .escape { view.zoomed = .logs }
        return view
    }

    @Test func everyKeyInTheHelpDoesSomething() {
        for entry in HelpEntry.all {
            for key in entry.bindings {
                var view = state(for: key, in: entry.section)
                let before = view
                let effects = view.handle(key, model: model)
                #expect(!effects.isEmpty, "\(entry.keys): \(key)")
                #expect(effects != [.redraw] || view != before, "\(entry.keys): \(key)")
            }
        }
    }

    @Test func helpKeysDoNotClashWithTerminalMultiplexerPrefixes() {
        let keys = HelpEntry.all.flatMap(\.bindings)
        #expect(!keys.contains(.control("b")))
        #expect(!keys.contains(.control("a")))
    }

    @Test func globalKeysAskTheExecutable() {
        var view = ViewState()
        #expect(view.handle(.character("q"), model: model) == [.quit])
        #expect(view.handle(.character("t"), model: model) == [.cycleTheme])
        #expect(view.handle(.character("g"), model: model) == [.cycleGlyphs])
        #expect(view.handle(.character("+"), model: model) == [.changeRefresh(by: .longer)])
        #expect(view.handle(.character("-"), model: model) == [.changeRefresh(by: .shorter)])
        #expect(view.handle(.resize, model: model) == [.redraw])
        #expect(view.handle(.character(" "), model: model) == [.setPaused(true), .redraw])
        #expect(view.isPaused)
        #expect(view.handle(.character(" "), model: model) == [.setPaused(false), .redraw])
        #expect(!view.isPaused)
    }

    @Test func tabCyclesTheGridAndShiftTabGoesBack() {
        var view = ViewState()
        var seen: [PaneID] = [view.focus]
        for _ in 0..<6 {
            _ = view.handle(.tab, model: model)
            seen.append(view.focus)
        }
        #expect(seen == [.cluster, .throughput, .latency, .resources, .alerts, .logs, .cluster])
        _ = view.handle(.backTab, model: model)
        #expect(view.focus == .logs)
    }

    @Test func digitsZoomAndEscapeReturns() {
        var view = ViewState()
        view.focus = .alerts
        for pane in PaneID.allCases {
            _ = view.handle(.character(pane.digit), model: model)
            #expect(view.zoomed == pane)
            #expect(view.activePane == pane)
        }
        _ = view.handle(.tab, model: model)
        #expect(view.zoomed == .cluster)
        _ = view.handle(.escape, model: model)
        #expect(view.zoomed == nil)
        _ = view.handle(.character("7"), model: model)
        _ = view.handle(.character("7"), model: model)
        #expect(view.zoomed == nil)
    }

    @Test func arrowsAndPagesMoveTheSelectionWithinTheRows() {
        var view = ViewState()
        let rows = ClusterRow.rows(model: model, view: view).count
        _ = view.handle(.down, model: model)
        _ = view.handle(.character("j"), model: model)
        #expect(view[cursor: .cluster].selection == 2)
        _ = view.handle(.character("k"), model: model)
        #expect(view[cursor: .cluster].selection == 1)
        _ = view.handle(.pageDown, model: model)
        #expect(view[cursor: .cluster].selection == rows - 1)
        _ = view.handle(.home, model: model)
        #expect(view[cursor: .cluster].selection == 0)
        _ = view.handle(.end, model: model)
        #expect(view[cursor: .cluster].selection == rows - 1)
        #expect(view.handle(.down, model: model).isEmpty)
    }

    @Test func scrollingTheLogsUpStopsFollowingAndEndResumes() {
        var view = ViewState()
        view.focus = .logs
        _ = view.handle(.up, model: model)
        #expect(!view.isFollowingLogs)
        #expect(view[cursor: .logs].offset == 1)
        _ = view.handle(.pageUp, model: model)
        #expect(view[cursor: .logs].offset == model.store.logs.count - 1)
        _ = view.handle(.end, model: model)
        #expect(view.isFollowingLogs)
        #expect(view[cursor: .logs].offset == 0)
        _ = view.handle(.character("f"), model: model)
        #expect(!view.isFollowingLogs)
        _ = view.handle(.character("f"), model: model)
        #expect(view.isFollowingLogs)
    }

    @Test func slashEditsTheFilterEnterKeepsEscapeClears() {
        var view = ViewState()
        _ = view.handle(.character("/"), model: model)
        #expect(view[cursor: .cluster].isEditingFilter)
        for character in "node2x" { _ = view.handle(.character(character), model: model) }
        _ = view.handle(.backspace, model: model)
        #expect(view.handle(.character("q"), model: model) == [.redraw])
        _ = view.handle(.backspace, model: model)
        _ = view.handle(.enter, model: model)
        #expect(view[cursor: .cluster].filter == "node2")
        #expect(!view[cursor: .cluster].isEditingFilter)
        #expect(ClusterRow.rows(model: model, view: view).count == 1)
        _ = view.handle(.character("/"), model: model)
        _ = view.handle(.escape, model: model)
        #expect(view[cursor: .cluster].filter.isEmpty)
        #expect(!view[cursor: .cluster].isEditingFilter)
        view.focus = .throughput
        _ = view.handle(.character("/"), model: model)
        #expect(!view[cursor: .throughput].isEditingFilter)
    }

    @Test func orderKeyCyclesTheClusterSort() {
        var view = ViewState()
        var sorts: [ClusterSort] = []
        for _ in 0..<4 {
            _ = view.handle(.character("o"), model: model)
            sorts.append(view.clusterSort)
        }
        #expect(sorts == [.name, .cpu, .memory, .status])
    }

    @Test func helpOverlayTakesKeysUntilClosed() {
        var view = ViewState()
        _ = view.handle(.character("?"), model: model)
        #expect(view.isShowingHelp)
        #expect(view.handle(.character("t"), model: model).isEmpty)
        _ = view.handle(.escape, model: model)
        #expect(!view.isShowingHelp)
        _ = view.handle(.character("?"), model: model)
        #expect(view.handle(.character("q"), model: model) == [.quit])
    }

    func alertsView() -> ViewState {
        var view = ViewState()
        view.focus = .alerts
        return view
    }

    @Test func acknowledgeAsksForAnOptionalNote() {
        var view = alertsView()
        _ = view.handle(.character("a"), model: model)
        #expect(view.alertMode == .notePrompt(alertKey: "alert_1", note: ""))
        for character in "on itt" { _ = view.handle(.character(character), model: model) }
        _ = view.handle(.backspace, model: model)
        #expect(view.handle(.enter, model: model) == [.acknowledge(alertKey: "alert_1", note: "on it"), .redraw])
        #expect(view.alertMode == .list)
        _ = view.handle(.character("a"), model: model)
        #expect(view.handle(.enter, model: model) == [.acknowledge(alertKey: "alert_1", note: nil), .redraw])
        _ = view.handle(.character("a"), model: model)
        #expect(view.handle(.escape, model: model) == [.redraw])
        #expect(view.alertMode == .list)
    }

    @Test func acknowledgedAlertsAreNotAcknowledgedAgain() {
        var view = alertsView()
        view[cursor: .alerts].selection = 2
        #expect(view.handle(.character("a"), model: model).isEmpty)
    }

    @Test func acknowledgeAllConfirmsFirst() {
        var view = alertsView()
        _ = view.handle(.character("A"), model: model)
        let keys = ["alert_1", "node4@demo/store_failure", "rule/info"]
        #expect(view.alertMode == .confirmAcknowledgeAll(alertKeys: keys))
        #expect(view.handle(.character("x"), model: model).isEmpty)
        #expect(view.handle(.character("y"), model: model) == [.acknowledgeAll(alertKeys: keys, note: nil), .redraw])
        _ = view.handle(.character("A"), model: model)
        #expect(view.handle(.character("n"), model: model) == [.redraw])
        #expect(view.alertMode == .list)
    }

    @Test func silenceOffersFixedAndCustomDurations() {
        var view = alertsView()
        _ = view.handle(.character("s"), model: model)
        #expect(view.handle(.character("2"), model: model) == [.silence(alertKey: "alert_1", seconds: 3600), .redraw])
        _ = view.handle(.character("s"), model: model)
        _ = view.handle(.right, model: model)
        _ = view.handle(.right, model: model)
        #expect(view.handle(.enter, model: model) == [.silence(alertKey: "alert_1", seconds: 4 * 3600), .redraw])
        _ = view.handle(.character("s"), model: model)
        #expect(view.handle(.enter, model: model) == [.silence(alertKey: "alert_1", seconds: 15 * 60), .redraw])
        _ = view.handle(.character("s"), model: model)
        _ = view.handle(.character("4"), model: model)
        for character in "305" { _ = view.handle(.character(character), model: model) }
        _ = view.handle(.backspace, model: model)
        #expect(view.alertMode == .silenceChooser(alertKey: "alert_1", choice: .custom, customMinutes: "30"))
        #expect(view.handle(.enter, model: model) == [.silence(alertKey: "alert_1", seconds: 1800), .redraw])
        _ = view.handle(.character("s"), model: model)
        _ = view.handle(.character("c"), model: model)
        #expect(view.handle(.enter, model: model).isEmpty)
        #expect(view.handle(.escape, model: model) == [.redraw])
        #expect(view.alertMode == .list)
    }

    @Test func liftSilenceOnlyForASilencedAlert() {
        var view = alertsView()
        #expect(view.handle(.character("u"), model: model).isEmpty)
        view[cursor: .alerts].selection = 3
        #expect(view.handle(.character("u"), model: model) == [.liftSilence(alertKey: "rule/info")])
    }

    @Test func enterOpensTheDetailViewAndEscapeClosesIt() {
        var view = alertsView()
        view[cursor: .alerts].selection = 1
        _ = view.handle(.enter, model: model)
        #expect(view.alertMode == .detail(alertKey: "node4@demo/store_failure", scroll: 0))
        _ = view.handle(.down, model: model)
        _ = view.handle(.pageDown, model: model)
        #expect(view.alertMode == .detail(alertKey: "node4@demo/store_failure", scroll: 11))
        #expect(view.handle(.character("i"), model: model) == [.saveIncident(alertKey: "node4@demo/store_failure")])
        _ = view.handle(.escape, model: model)
        #expect(view.alertMode == .list)
    }

    @Test func historySeverityFilterAndIncident() {
        var view = alertsView()
        _ = view.handle(.character("v"), model: model)
        #expect(view.severityFilter == .warningAndAbove)
        #expect(AlertRow.rows(model: model, view: view).map(\.alert.key) == ["alert_1", "node4@demo/store_failure", "node2@demo/memory_usage"])
        _ = view.handle(.character("v"), model: model)
        #expect(AlertRow.rows(model: model, view: view).map(\.alert.key) == ["alert_1"])
        _ = view.handle(.character("v"), model: model)
        #expect(view.severityFilter == .all)
        #expect(view.handle(.character("i"), model: model) == [.saveIncident(alertKey: "alert_1")])
        _ = view.handle(.character("h"), model: model)
        #expect(view.isShowingAlertHistory)
        #expect(view.handle(.character("i"), model: model) == [.saveIncident(alertKey: "old")])
        #expect(view.handle(.character("a"), model: model).isEmpty)
        _ = view.handle(.character("h"), model: model)
        #expect(!view.isShowingAlertHistory)
    }

    @Test func alertKeysDoNothingOutsideTheAlertsPane() {
        var view = ViewState()
        #expect(view.handle(.character("a"), model: model).isEmpty)
        #expect(view.handle(.character("i"), model: model).isEmpty)
        #expect(view.alertMode == .list)
    }
}
