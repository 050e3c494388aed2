import Dashboard
import ExESDBMonitor
import Testing

/// A small cluster decoded from NDJSON at fixed times, and alerts built directly.
enum Fixture {
    /// 2026-11-26T13:46:40Z.
    static let now = 1_795_700_800.0

    static func apply(_ line: String, at time: Double, to store: inout Store) {
        store.apply(EventDecoder().decode(line, receivedAt: time), at: time)
    }

    /// node1 healthy with resources, node2 degraded, node3 silent for a minute (stale), node4 listed unhealthy;
    /// store reg_gh at headroom 0, store ledger with quorum lost; throughput, latency, logs, diagnostics,
    /// one rejected line.
    static func store() -> Store {
        var store = Store()
        let old = now - 60
        apply(#"{"type":"NodeHealth","node":"node3@demo","status":"healthy"}"#, at: old, to: &store)
        for second in 0..<60 {
            let time = now - 59 + Double(second)
            apply(#"{"type":"ThroughputMetric","operation":"event_emission","rate_per_sec":\#(1000 + second * 10),"node":"node1@demo"}"#, at: time, to: &store)
            apply(#"{"type":"ThroughputMetric","operation":"event_emission","rate_per_sec":250,"node":"node2@demo"}"#, at: time, to: &store)
            apply(#"{"type":"LatencyMetric","operation":"persistence_write","latency_ms":12,"percentile":"p50","node":"node1@demo"}"#, at: time, to: &store)
            apply(#"{"type":"LatencyMetric","operation":"persistence_write","latency_ms":140,"percentile":"p95","node":"node1@demo"}"#, at: time, to: &store)
            apply(#"{"type":"LatencyMetric","operation":"persistence_write","latency_ms":\#(second < 50 ? 200 : 650),"percentile":"p99","node":"node2@demo"}"#, at: time, to: &store)
            apply(#"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":\#(20 + second % 30),"node":"node1@demo"}"#, at: time, to: &store)
        }
        let recent = now - 1
        for line in [
            #"{"type":"NodeHealth","node":"node1@demo","status":"healthy"}"#,
            #"{"type":"ComponentHealth","component":"store_worker","node":"node2@demo","status":"degraded"}"#,
            #"{"type":"ClusterHealth","status":"degraded","healthy_nodes":1,"total_nodes":4,"degraded_nodes":["node2@demo"],"unhealthy_nodes":["node4@demo"],"quorum_status":"available","node":"node1@demo"}"#,
            #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":67.8,"node":"node1@demo"}"#,
            #"{"type":"ResourceUsage","resource_type":"disk","usage_percent":95,"node":"node1@demo"}"#,
            #"{"type":"ResourceUsage","resource_type":"network","rx_bytes_per_sec":1572864,"tx_bytes_per_sec":2048,"node":"node1@demo"}"#,
            #"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":55,"node":"node2@demo"}"#,
            #"{"type":"HealthCheck","check_name":"persistence_check","node":"node1@demo","result":"pass","duration_ms":150}"#,
            #"{"type":"HealthCheck","check_name":"ra_check","node":"node2@demo","result":"fail","error":"no leader"}"#,
            #"{"type":"StoreTopology","store":"reg_gh","leader":"node1@demo","members":["node1@demo","node2@demo","node3@demo"],"quorum_size":2,"node":"node1@demo"}"#,
            #"{"type":"StoreTopology","store":"ledger","leader":"node4@demo","members":["node3@demo","node4@demo","node1@demo"],"quorum_size":3,"node":"node1@demo"}"#,
            #"{"type":"log_event","message":"★ EMITTER WORKER ACTIVATION ★ Topic: reg_gh:orders","family":"success","node":"node1@demo","timestamp":"2026-11-26T13:46:30Z"}"#,
            "💀 EMITTER WORKER TERMINATION 💀 Reason: :shutdown",
            "📡 BROADCASTING: Event emitted to store: reg_gh",
            "🩺 SUBSCRIBED to health events for store: reg_gh",
            "plain line about nothing",
            #"{"type":"performance_analysis","component":"persistence_worker","analysis_type":"bottleneck_detection","duration_ms":5000,"results":{"bottlenecks":["disk_io","network_latency"],"recommendations":["Increase disk IOPS"],"performance_score":78.5},"node":"node1@demo"}"#,
            ##"{"type":"system_state","snapshot_type":"memory_usage","state_data":{"process_count":1247,"largest_processes":[{"pid":"#PID<0.123.0>","memory":125829120,"name":"store_worker_main"}]},"node":"node1@demo"}"##,
            #"{"type":"DebugTrace","trace_id":"tr_1","component":"store_worker","operation":"append_events","trace_data":{"function_calls":1250},"duration_ms":12.5,"node":"node1@demo"}"#,
            #"{"type":"PerformanceMetric","metric_name":"events_per_second","value":1250.5,"unit":"eps","node":"node1@demo","component":"persistence"}"#,
            "{not json",
        ] {
            apply(line, at: recent, to: &store)
        }
        return store
    }

    static func alerts() -> [Alert] {
        var failure = Alert(key: "alert_1", alertID: "alert_1", kind: "node_failure", title: "Node node4@demo unresponsive",
                            node: "node4@demo", severity: .critical, origin: .systemAlert, firstSeen: now - 300,
                            metadata: .object(JSONObject([JSONObject.Member("failed_node", .string("node4@demo"))])))
        failure.escalationLevel = 2
        failure.nextEscalationAt = now + 245
        failure.occurrences = 3
        failure.timeline.append(AlertTimelineEntry(time: now - 120, text: "escalated to level 2"))
        var memory = Alert(key: "node2@demo/memory_usage", kind: "memory_usage", title: "memory_usage 89.5 > 85",
                           node: "node2@demo", severity: .warning, origin: .metricAlert, firstSeen: now - 90)
        memory.acknowledgedBy = "ops@n1"
        memory.acknowledgedAt = now - 30
        memory.state = .acknowledged
        memory.acknowledgementSaved = false
        var inhibited = Alert(key: "node4@demo/store_failure", kind: "store_failure", title: "Store ledger failed on node4",
                              node: "node4@demo", severity: .error, origin: .systemAlert, firstSeen: now - 200)
        inhibited.inhibitedBy = "alert_1"
        var info = Alert(key: "rule/info", kind: "note", title: "Leader changed for reg_gh", severity: .info,
                         origin: .rule("leader_change"), firstSeen: now - 10)
        info.silencedUntil = now + 600
        return [failure, memory, inhibited, info]
    }

    static func history() -> [Alert] {
        var old = Alert(key: "old", kind: "disk", title: "Disk almost full", node: "node1@demo", severity: .warning,
                        origin: .metricAlert, firstSeen: now - 4000)
        old.acknowledgedAt = now - 3880
        old.acknowledgedBy = "ops"
        old.resolvedAt = now - 3400
        old.state = .resolved
        return [old]
    }

    static func model(notices: [String] = []) -> DashboardModel {
        DashboardModel(
            store: store(), alerts: alerts(), alertHistory: history(),
            sources: [
                SourceStatus(name: "tcp 10.0.0.5:9500", summary: "connected", mark: .healthy),
                SourceStatus(name: "file /var/log/exesdb.log", summary: "disconnected: no such file, retrying in 3 s",
                             mark: .unhealthy),
            ],
            eventsPerSecond: 1234, now: now, refreshInterval: 1, operatorName: "ops@console", notices: notices)
    }

    static func render(
        _ model: DashboardModel, _ view: ViewState = ViewState(), width: Int = 160, height: Int = 48,
        glyphs: GlyphSet = .unicode
    ) -> Screen {
        DashboardRenderer.render(model: model, view: view, width: width, height: height,
                                 theme: ThemeCatalog.defaultTheme, glyphs: glyphs)
    }

    /// The first row containing `text`, with the column where it starts.
    static func find(_ text: String, in screen: Screen) -> (x: Int, y: Int)? {
        for y in 0..<screen.height {
            var x = 0
            var line = ""
            var columns: [Int] = []
            while x < screen.width {
                let glyph = screen.glyph(x: x, y: y)
                for _ in glyph.unicodeScalars { columns.append(x) }
                line += glyph
                x += 1
            }
            if let range = line.unicodeScalars.firstRange(of: text.unicodeScalars) {
                return (columns[line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)], y)
            }
        }
        return nil
    }
}

@Suite struct DashboardRendererTests {
    init() { TextLocale.prepare() }

    static let sizes = [(80, 24), (160, 48), (200, 60)]

    @Test(arguments: GlyphSet.all.map(\.name))
    func headerShowsClusterStatusWithGlyphAndWord(glyphName: String) {
        let glyphs = GlyphSet.all.first { $0.name == glyphName }!
        let model = Fixture.model()
        for (width, height) in Self.sizes {
            let lines = Fixture.render(model, width: width, height: height, glyphs: glyphs).plainLines()
            let expected = glyphName == "ascii" ? "[DEG] degraded" : "▲ degraded"
            #expect(lines[0].hasPrefix(expected), "\(width)×\(height): \(lines[0])")
            #expect(lines[0].contains("13:46:40"))
            #expect(lines[0].contains("nodes 1/4 (1 stale)"))
            #expect(lines[0].contains("1.23k ev/s"))
            #expect(lines[0].contains(width < 100 ? "rej 1" : "rejected 1"))
            #expect(lines[0].contains(width < 100 ? "quorum ok" : "quorum available"))
        }
    }

    @Test func headerShowsSourcesNoticesRefreshAndPause() {
        var view = ViewState()
        view.isPaused = true
        let lines = Fixture.render(Fixture.model(notices: ["journal not writable: acks unsaved"]), view, width: 200, height: 60)
            .plainLines()
        #expect(lines[0].contains("PAUSED"))
        #expect(lines[0].contains("refresh 1s"))
        #expect(lines[0].hasSuffix("13:46:40 UTC"))
        #expect(lines[1].hasPrefix("✖ file /var/log/exesdb.log: disconnected: no such file, retrying in 3 s"))
        #expect(lines[1].contains("⚠ journal not writable: acks unsaved"))
        #expect(lines[1].contains("● tcp 10.0.0.5:9500: connected"))
    }

    @Test func headerWithoutNodesSaysNoData() {
        let model = DashboardModel(store: Store(), now: Fixture.now)
        let line = Fixture.render(model, width: 120, height: 30).plainLines()[0]
        #expect(line.hasPrefix("? no data"))
        #expect(line.contains("quorum ?"))
    }

    @Test(arguments: GlyphSet.all.map(\.name))
    func staleNodeIsShownStaleNeverHealthy(glyphName: String) {
        let glyphs = GlyphSet.all.first { $0.name == glyphName }!
        let screen = Fixture.render(Fixture.model(), width: 160, height: 48, glyphs: glyphs)
        let row = screen.plainLines().first { $0.contains("node3@demo ") && $0.contains("stale") }
        #expect(row != nil)
        #expect(row?.contains("healthy") == false)
        let label = glyphs.label(for: .stale)
        let position = Fixture.find(label, in: screen)
        #expect(position != nil)
        if let position {
            #expect(screen.style(x: position.x, y: position.y) == ThemeCatalog.defaultTheme.style(.stale))
        }
    }

    @Test func quorumHeadroomIsWarningAtZeroAndCriticalWhenLost() {
        let theme = ThemeCatalog.defaultTheme
        let screen = Fixture.render(Fixture.model(), width: 160, height: 48)
        let lost = Fixture.find("quorum lost (-2)", in: screen)
        let zero = Fixture.find("headroom 0", in: screen)
        #expect(lost != nil && zero != nil)
        if let lost { #expect(screen.style(x: lost.x, y: lost.y) == theme.style(.critical)) }
        if let zero { #expect(screen.style(x: zero.x, y: zero.y) == theme.style(.warning)) }
        let lostRow = screen.plainLines()[lost?.y ?? 0]
        #expect(lostRow.contains("ledger") && lostRow.contains("leader node4@demo"))
    }

    @Test func everyPaneShowsItsMostImportantLineAt80x24() {
        let lines = Fixture.render(Fixture.model(), width: 80, height: 24).plainLines()
        let text = lines.joined(separator: "\n")
        for pane in PaneID.grid {
            #expect(text.contains("\(pane.rawValue) \(pane.title)"), "title of \(pane)")
        }
        #expect(text.contains("node4@demo   ✖ unhealthy"))
        #expect(text.contains("‼ critical Node node4"))
        #expect(text.contains("1.84k/s"))
        #expect(text.contains("650ms"))
        #expect(text.contains("c 49% m 68% d 95%"))
        #expect(lines[21].contains("plain line about nothing"))
        #expect(lines[23].hasPrefix("? help"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test(arguments: GlyphSet.all.map(\.name))
    func wideGlyphsKeepEveryBorderInPlace(glyphName: String) {
        let glyphs = GlyphSet.all.first { $0.name == glyphName }!
        let vertical = String(glyphs.box.vertical)
        for (width, height) in Self.sizes {
            let screen = Fixture.render(Fixture.model(), width: width, height: height, glyphs: glyphs)
            let layout = DashboardLayout(width: width, height: height, zoomed: nil)
            for (pane, rect) in layout.panes {
                for y in (rect.y + 1)..<(rect.bottom - 1) {
                    #expect(screen.glyph(x: rect.x, y: y) == vertical, "\(pane) \(width)×\(height) row \(y)")
                    #expect(screen.glyph(x: rect.right - 1, y: y) == vertical, "\(pane) \(width)×\(height) row \(y)")
                }
            }
        }
    }

    @Test(arguments: [(59, 16), (60, 15), (40, 10)])
    func belowTheMinimumSizeSaysSoCentred(width: Int, height: Int) {
        let lines = Fixture.render(Fixture.model(), width: width, height: height).plainLines()
        let message = "terminal too small: need 60×16"
        let row = lines.firstIndex { $0.contains(message) }
        #expect(row != nil)
        if let row {
            let indent = lines[row].prefix { $0 == " " }.count
            #expect(indent == (width - DisplayWidth.of(message)) / 2)
            #expect(abs(row - height / 2) <= 1)
            #expect(lines[row + 1].contains("now \(width)×\(height)"))
        }
        #expect(lines.filter { !$0.isEmpty }.count == 2)
    }

    @Test func aTinyTerminalGetsTheMessageOnSeveralLines() {
        let lines = Fixture.render(Fixture.model(), width: 20, height: 5, glyphs: .ascii).plainLines()
        #expect(lines.contains { $0.contains("terminal too small") })
        #expect(lines.contains { $0.contains("need 60x16") })
        #expect(lines.contains { $0.contains("now 20x5") })
    }

    @Test func focusedPaneTitleIsHighlighted() {
        let theme = ThemeCatalog.defaultTheme
        var view = ViewState()
        view.focus = .logs
        let screen = Fixture.render(Fixture.model(), view, width: 160, height: 48)
        let focused = Fixture.find("▶6 Logs", in: screen)
        let other = Fixture.find(" 1 Cluster", in: screen)
        #expect(focused != nil && other != nil)
        if let focused { #expect(screen.style(x: focused.x, y: focused.y) == theme.style(.selection).adding(.bold)) }
        if let other { #expect(screen.style(x: other.x + 1, y: other.y) == theme.style(.title)) }
        #expect(Fixture.find("▶1 Cluster", in: screen) == nil)
    }

    @Test func zoomShowsOnePaneOverTheWholeBody() {
        var view = ViewState()
        view.zoomed = .logs
        let lines = Fixture.render(Fixture.model(), view, width: 80, height: 24).plainLines()
        #expect(lines[2].contains("6 Logs"))
        #expect(!lines.contains { $0.contains("1 Cluster") })
        #expect(lines[21].contains("plain line about nothing"))
        #expect(lines[21].hasSuffix("│"))
    }

    @Test func diagnosticsViewShowsAnalysesSnapshotsTracesChecksAndRejections() {
        var view = ViewState()
        view.zoomed = .diagnostics
        let text = Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines().joined(separator: "\n")
        for expected in [
            "7 Diagnostics", "lines rejected 1", "invalid JSON: 1", "Performance analysis",
            "node1@demo · persistence_worker · bottleneck", "bottlenecks: disk_io, network_latency",
            "→ Increase disk IOPS", "1247 processes", "store_worker_main #PID<0.123.0> 120MiB",
            "append_events · tr_1", "{\"function_calls\":1250}", "ra_check · ✖ fail · no leader",
            "events_per_second 1.25k eps (persistence)",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func helpOverlayListsEveryKey(width: Int, height: Int) {
        var view = ViewState()
        view.isShowingHelp = true
        let text = Fixture.render(Fixture.model(), view, width: width, height: height).plainLines().joined(separator: "\n")
        for entry in HelpEntry.all {
            #expect(text.contains(entry.keys), "\(entry.keys)")
            #expect(text.contains(entry.action), "\(entry.action)")
        }
        #expect(text.contains("7 Diagnostics"))
    }

    @Test func alertDetailShowsFieldsMetadataTimelineAndEscalation() {
        var view = ViewState()
        view.alertMode = .detail(alertKey: "alert_1", scroll: 0)
        let text = Fixture.render(Fixture.model(), view, width: 80, height: 30).plainLines().joined(separator: "\n")
        for expected in [
            "Node node4@demo unresponsive", "‼ critical", "node_failure", "occurrences   3",
            "level 2, next in 4m05s (13:50:45 UTC)", "failed_node node4@demo", "13:44:40    escalated to level 2",
            "Esc closes",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func alertListFoldsInhibitedAlertsAndShowsAcknowledgementState() {
        let lines = Fixture.render(Fixture.model(), width: 200, height: 60).plainLines()
        guard let parent = lines.firstIndex(where: { $0.contains("Node node4@demo unresponsive") }) else {
            Issue.record("no critical alert row")
            return
        }
        #expect(lines[parent].contains("L2 ↑4m05s"))
        #expect(lines[parent].contains("×3"))
        #expect(lines[parent].contains("5m"))
        #expect(lines[parent + 1].contains("└ ✖ error"))
        #expect(lines[parent + 1].contains("Store ledger failed on node4"))
        #expect(lines[parent + 2].contains("ack ops@n1 unsaved"))
        #expect(lines[parent + 3].contains("silenced 10m"))
    }

    @Test func alertHistoryShowsTimeToAcknowledgeAndResolve() {
        var view = ViewState()
        view.isShowingAlertHistory = true
        let text = Fixture.render(Fixture.model(), view, width: 200, height: 60).plainLines().joined(separator: "\n")
        #expect(text.contains("Disk almost full"))
        #expect(text.contains("ack in 2m00s"))
        #expect(text.contains("resolved in 10m00s"))
        #expect(text.contains("history 1"))
        #expect(!text.contains("Node node4@demo unresponsive"))
    }

    @Test func logLinesUseTheirColourFamilies() {
        let theme = ThemeCatalog.defaultTheme
        let screen = Fixture.render(Fixture.model(), width: 160, height: 48)
        for (text, role) in [("★ EMITTER", ThemeRole.success), ("💀 EMITTER", .failure), ("📡 BROADCASTING", .action),
                             ("🩺 SUBSCRIBED", .success), ("plain line", .text)] {
            let position = Fixture.find(text, in: screen)
            #expect(position != nil, "\(text)")
            if let position { #expect(screen.style(x: position.x, y: position.y) == theme.style(role), "\(text)") }
        }
        #expect(screen.plainLines().contains { $0.contains("13:46:30 node1@demo") })
    }

    @Test func latencyOverThresholdsTakesWarningAndCriticalStyles() {
        let theme = ThemeCatalog.defaultTheme
        let screen = Fixture.render(Fixture.model(), width: 160, height: 48)
        let critical = Fixture.find("650ms", in: screen)
        let warning = Fixture.find("140ms", in: screen)
        let fine = Fixture.find(" 12ms", in: screen)
        #expect(critical != nil && warning != nil && fine != nil)
        if let critical { #expect(screen.style(x: critical.x, y: critical.y) == theme.style(.critical)) }
        if let warning { #expect(screen.style(x: warning.x, y: warning.y) == theme.style(.warning)) }
        if let fine { #expect(screen.style(x: fine.x + 1, y: fine.y) != theme.style(.warning)) }
        var model = Fixture.model()
        model.latencyThresholds = LatencyThresholds(warningMs: 10, criticalMs: 100)
        let lowered = Fixture.render(model, width: 160, height: 48)
        if let position = Fixture.find(" 12ms", in: lowered) {
            #expect(lowered.style(x: position.x + 1, y: position.y) == theme.style(.warning))
        }
    }

    @Test func longTextIsCutWithTheEllipsis() {
        var model = Fixture.model()
        Fixture.apply(#"{"type":"NodeHealth","node":"a-very-long-node-name-that-cannot-fit@some.host.example","status":"healthy"}"#,
                      at: Fixture.now - 1, to: &model.store)
        for glyphs in GlyphSet.all {
            let lines = Fixture.render(model, width: 80, height: 24, glyphs: glyphs).plainLines()
            #expect(lines.contains { $0.contains("a-very-long" ) && $0.contains(glyphs.ellipsis) }, "\(glyphs.name)")
        }
    }

    @Test func clusterSortOrdersNodeRows() {
        var view = ViewState()
        let order = { (view: ViewState) -> [String] in
            Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines()
                .compactMap { line in ["node1@demo ", "node2@demo ", "node3@demo ", "node4@demo "].first { line.hasPrefix("│" + $0) } }
        }
        #expect(order(view) == ["node3@demo ", "node4@demo ", "node2@demo ", "node1@demo "])
        view.clusterSort = .name
        #expect(order(view) == ["node1@demo ", "node2@demo ", "node3@demo ", "node4@demo "])
        view.clusterSort = .cpu
        #expect(order(view).prefix(2) == ["node2@demo ", "node1@demo "])
        view.clusterSort = .memory
        #expect(order(view).first == "node1@demo ")
    }

    @Test func filtersNarrowTablesAndLogs() {
        var view = ViewState()
        view[cursor: .cluster].filter = "node2"
        view[cursor: .logs].filter = "SHUTDOWN"
        let text = Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines().joined(separator: "\n")
        #expect(text.contains("│node2@demo "))
        #expect(!text.contains("● healthy"))
        #expect(text.contains("💀 EMITTER WORKER TERMINATION"))
        #expect(!text.contains("BROADCASTING"))
        #expect(text.contains("/SHUTDOWN"))
    }

    @Test func scrolledLogsShowOlderLinesAndStayPutWhenNewOnesArrive() {
        var model = Fixture.model()
        var view = ViewState()
        view.focus = .logs
        _ = view.handle(.up, model: model)
        _ = view.handle(.character("k"), model: model)
        var text = Fixture.render(model, view, width: 160, height: 48).plainLines().joined(separator: "\n")
        #expect(text.contains("📡 BROADCASTING"))
        #expect(!text.contains("plain line about nothing"))
        #expect(text.contains("scrolled ↑2"))
        for line in ["newer one", "newer two", "newer three"] {
            Fixture.apply(line, at: Fixture.now, to: &model.store)
        }
        let lines = Fixture.render(model, view, width: 160, height: 48).plainLines()
        text = lines.joined(separator: "\n")
        #expect(text.contains("scrolled ↑5"))
        #expect(!text.contains("newer"))
        #expect(lines[45].contains("📡 BROADCASTING"))
        _ = view.handle(.end, model: model)
        #expect(Fixture.render(model, view, width: 160, height: 48).plainLines()[45].contains("newer three"))
    }

    @Test func promptsShowOnTheBottomLine() {
        var view = ViewState()
        view.alertMode = .silenceChooser(alertKey: "alert_1", choice: .custom, customMinutes: "30")
        var lines = Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines()
        #expect(lines[47].contains("Silence \"Node node4@demo unresponsive\" for: [1] 15 m [2] 1 h [3] 4 h [4] custom: 30_ min"))
        view.alertMode = .notePrompt(alertKey: "alert_1", note: "on it")
        lines = Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines()
        #expect(lines[47].contains("note: on it_"))
        view.alertMode = .confirmAcknowledgeAll(alertKeys: ["a", "b"])
        lines = Fixture.render(Fixture.model(), view, width: 160, height: 48).plainLines()
        #expect(lines[47].contains("Acknowledge 2 alerts as ops@console? y / n"))
    }

    @Test func fullFrameRendersQuickly() {
        let model = Fixture.model()
        var screen = Screen(width: 200, height: 60)
        let clock = ContinuousClock()
        let frames = 50
        let elapsed = clock.measure {
            for _ in 0..<frames {
                DashboardRenderer.render(into: &screen, model: model, view: ViewState(), theme: ThemeCatalog.defaultTheme,
                                         glyphs: .emoji)
            }
        }
        let perFrame = elapsed / frames
        print("200×60 frame: \(perFrame)")
        #expect(screen.plainLines()[0].hasPrefix("▲ degraded"))
        #expect(perFrame < .milliseconds(40))
    }
}
