import ExESDBMonitor

extension ViewState {
    /// Rows PageUp and PageDown move by.
    static let pageStep = 10

    /// Applies a key and returns what the executable must do. The model resolves the selected alert and the
    /// rows there are to scroll through. `.redraw` is included whenever the view state changed.
    public mutating func handle(_ key: Key, model: DashboardModel) -> [Effect] {
        let before = self
        var effects = dispatch(key, model: model)
        if self != before, !effects.contains(.redraw) { effects.append(.redraw) }
        return effects
    }

    private mutating func dispatch(_ key: Key, model: DashboardModel) -> [Effect] {
        if key == .control("l") { return [.repaint] }
        if key == .resize { return [.redraw] }
        if isShowingHelp {
            switch key {
            case .character("q"): return [.quit]
            case .character("?"), .escape, .enter: isShowingHelp = false
            default: break
            }
            return []
        }
        if self[cursor: activePane].isEditingFilter {
            editFilter(key)
            return []
        }
        if alertMode != .list { return handleAlertMode(key, model: model) }
        if activePane == .alerts, let effects = handleAlertKey(key, model: model) { return effects }
        return handleGlobal(key, model: model)
    }

    private mutating func handleGlobal(_ key: Key, model: DashboardModel) -> [Effect] {
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): isShowingHelp = true
        case .tab: moveFocus(by: 1)
        case .backTab: moveFocus(by: -1)
        case .escape:
            if zoomed != nil {
                zoomed = nil
            } else {
                self[cursor: activePane].filter = ""
            }
        case .character("/"):
            if activePane.isFilterable { self[cursor: activePane].isEditingFilter = true }
        case .character("f"):
            isFollowingLogs.toggle()
            self[cursor: .logs].offset = 0
            logTotalAtScroll = LogWindow.total(of: model.store.logs)
        case .character(" "):
            isPaused.toggle()
            return [.setPaused(isPaused)]
        case .character("+"): return [.changeRefresh(by: .longer)]
        case .character("-"): return [.changeRefresh(by: .shorter)]
        case .character("t"): return [.cycleTheme]
        case .character("g"): return [.cycleGlyphs]
        case .character("o"): clusterSort = clusterSort.next
        case .character(let character):
            if let pane = PaneID(digit: character) {
                zoomed = zoomed == pane ? nil : pane
            } else if character == "j" {
                scroll(.down, model: model)
            } else if character == "k" {
                scroll(.up, model: model)
            }
        case .up, .down, .pageUp, .pageDown, .home, .end: scroll(key, model: model)
        default: break
        }
        return []
    }

    /// Tab and Shift-Tab: through the grid panes, or through every pane while one is zoomed.
    private mutating func moveFocus(by step: Int) {
        if let zoomed {
            let all = PaneID.allCases
            let next = all[(all.firstIndex(of: zoomed)! + step + all.count) % all.count]
            self.zoomed = next
            if PaneID.grid.contains(next) { focus = next }
            return
        }
        let grid = PaneID.grid
        let index = grid.firstIndex(of: focus) ?? 0
        focus = grid[(index + step + grid.count) % grid.count]
    }

    /// Moves the selection (tables, alert list) or the scroll offset (everything else) of the active pane.
    private mutating func scroll(_ key: Key, model: DashboardModel) {
        let pane = activePane
        let count = rowCount(of: pane, model: model)
        let last = max(0, count - 1)
        let step: Int
        switch key {
        case .up: step = -1
        case .down: step = 1
        case .pageUp: step = -Self.pageStep
        case .pageDown: step = Self.pageStep
        case .home: step = -Int.max / 2
        case .end: step = Int.max / 2
        default: return
        }
        switch pane {
        case .cluster, .alerts:
            let current = min(self[cursor: pane].selection, last)
            self[cursor: pane].selection = min(last, max(0, current + step))
        case .logs:
            if key == .end {
                self[cursor: .logs].offset = 0
                isFollowingLogs = true
                return
            }
            let offset = logOffset(in: model)
            self[cursor: .logs].offset = min(last, max(0, offset - step))
            logTotalAtScroll = LogWindow.total(of: model.store.logs)
            if step < 0 { isFollowingLogs = false }
        case .throughput, .latency, .resources, .diagnostics:
            let current = min(self[cursor: pane].offset, last)
            self[cursor: pane].offset = min(last, max(0, current + step))
        }
    }

    /// Matching log lines between the newest and the bottom of the log pane: none while following; when
    /// scrolled, the offset chosen plus the matching lines that arrived since.
    func logOffset(in model: DashboardModel) -> Int {
        guard !isFollowingLogs else { return 0 }
        let logs = model.store.logs
        let arrived = min(logs.count, LogWindow.total(of: logs) - logTotalAtScroll)
        let filter = self[cursor: .logs].filter.lowercased()
        var newer = 0
        for position in (logs.count - max(0, arrived))..<logs.count where LogWindow.matches(logs[position], filter) {
            newer += 1
        }
        return self[cursor: .logs].offset + newer
    }

    /// How many rows a pane can scroll or select through.
    func rowCount(of pane: PaneID, model: DashboardModel) -> Int {
        switch pane {
        case .cluster: return ClusterRow.rows(model: model, view: self).count
        case .alerts: return AlertRow.rows(model: model, view: self).count
        case .logs:
            return LogWindow.matchCount(in: model.store.logs, lowercasedFilter: self[cursor: .logs].filter.lowercased())
        case .throughput: return ThroughputPane.rowCount(model)
        case .latency: return LatencyPane.rowCount(model)
        case .resources: return ResourcesPane.rowCount(model)
        case .diagnostics: return DiagnosticsPane.rowCount(model)
        }
    }

    /// Typing edits the filter, Enter keeps it, Esc clears it; either closes the prompt.
    private mutating func editFilter(_ key: Key) {
        let pane = activePane
        switch key {
        case .enter: self[cursor: pane].isEditingFilter = false
        case .escape:
            self[cursor: pane].filter = ""
            self[cursor: pane].isEditingFilter = false
        case .backspace, .delete:
            if !self[cursor: pane].filter.isEmpty { self[cursor: pane].filter.removeLast() }
        case .character(let character):
            self[cursor: pane].filter.append(character)
        default: return
        }
        self[cursor: pane].selection = 0
        self[cursor: pane].offset = 0
    }

    /// The alert under the selection in the list the pane shows.
    func selectedAlert(model: DashboardModel) -> Alert? {
        let rows = AlertRow.rows(model: model, view: self)
        guard !rows.isEmpty else { return nil }
        return rows[min(self[cursor: .alerts].selection, rows.count - 1)].alert
    }

    /// Keys of the alerts pane; nil when the key is not one of them.
    private mutating func handleAlertKey(_ key: Key, model: DashboardModel) -> [Effect]? {
        let selected = selectedAlert(model: model)
        let isActiveList = !isShowingAlertHistory
        switch key {
        case .character("a"):
            if isActiveList, let selected, selected.acknowledgedBy == nil {
                alertMode = .notePrompt(alertKey: selected.key, note: "")
            }
        case .character("A"):
            guard isActiveList else { return [] }
            let keys = AlertRow.rows(model: model, view: self).map(\.alert)
                .filter { $0.acknowledgedBy == nil && $0.state == .firing }.map(\.key)
            if !keys.isEmpty { alertMode = .confirmAcknowledgeAll(alertKeys: keys) }
        case .character("s"):
            if isActiveList, let selected {
                alertMode = .silenceChooser(alertKey: selected.key, choice: .fifteenMinutes, customMinutes: "")
            }
        case .character("u"):
            if isActiveList, let selected, selected.isSilenced(at: model.now) { return [.liftSilence(alertKey: selected.key)] }
        case .enter:
            if let selected { alertMode = .detail(alertKey: selected.key, scroll: 0) }
        case .character("h"):
            isShowingAlertHistory.toggle()
            self[cursor: .alerts].selection = 0
        case .character("v"):
            severityFilter = severityFilter.next
            self[cursor: .alerts].selection = 0
        case .character("i"):
            if let selected { return [.saveIncident(alertKey: selected.key)] }
        default:
            return nil
        }
        return []
    }

    /// Keys while a note prompt, the acknowledge-all confirmation, the silence chooser or the detail view is open.
    private mutating func handleAlertMode(_ key: Key, model: DashboardModel) -> [Effect] {
        switch alertMode {
        case .list:
            return []
        case .notePrompt(let alertKey, var note):
            switch key {
            case .enter:
                alertMode = .list
                return [.acknowledge(alertKey: alertKey, note: note.isEmpty ? nil : note)]
            case .escape: alertMode = .list
            case .backspace, .delete:
                if !note.isEmpty { note.removeLast() }
                alertMode = .notePrompt(alertKey: alertKey, note: note)
            case .character(let character):
                note.append(character)
                alertMode = .notePrompt(alertKey: alertKey, note: note)
            default: break
            }
        case .confirmAcknowledgeAll(let keys):
            switch key {
            case .character("y"), .character("Y"):
                alertMode = .list
                return [.acknowledgeAll(alertKeys: keys, note: nil)]
            case .character("n"), .character("N"), .escape: alertMode = .list
            default: break
            }
        case .silenceChooser(let alertKey, let choice, var minutes):
            return chooseSilence(key, alertKey: alertKey, choice: choice, minutes: &minutes)
        case .detail(let alertKey, let scroll):
            switch key {
            case .escape, .enter: alertMode = .list
            case .character("q"): return [.quit]
            case .character("i"): return [.saveIncident(alertKey: alertKey)]
            case .up, .character("k"): alertMode = .detail(alertKey: alertKey, scroll: max(0, scroll - 1))
            case .down, .character("j"): alertMode = .detail(alertKey: alertKey, scroll: scroll + 1)
            case .pageUp: alertMode = .detail(alertKey: alertKey, scroll: max(0, scroll - Self.pageStep))
            case .pageDown: alertMode = .detail(alertKey: alertKey, scroll: scroll + Self.pageStep)
            case .home: alertMode = .detail(alertKey: alertKey, scroll: 0)
            default: break
            }
        }
        return []
    }

    /// Digits 1–3 pick a fixed duration at once, 4 or `c` opens the custom minutes, arrows move, Enter
    /// confirms, Esc cancels. In the custom field digits type minutes.
    private mutating func chooseSilence(_ key: Key, alertKey: String, choice: SilenceChoice, minutes: inout String) -> [Effect] {
        let all = SilenceChoice.allCases
        let position = all.firstIndex(of: choice)!
        func finish(_ seconds: Double) -> [Effect] {
            alertMode = .list
            return [.silence(alertKey: alertKey, seconds: seconds)]
        }
        switch key {
        case .escape:
            alertMode = .list
        case .enter:
            if let seconds = choice.seconds { return finish(seconds) }
            if let value = Int(minutes), value > 0 { return finish(Double(value) * 60) }
        case .left, .up:
            alertMode = .silenceChooser(alertKey: alertKey, choice: all[max(0, position - 1)], customMinutes: minutes)
        case .right, .down:
            alertMode = .silenceChooser(alertKey: alertKey, choice: all[min(all.count - 1, position + 1)], customMinutes: minutes)
        case .backspace, .delete:
            if !minutes.isEmpty { minutes.removeLast() }
            alertMode = .silenceChooser(alertKey: alertKey, choice: choice, customMinutes: minutes)
        case .character(let character):
            if choice == .custom, character.isASCII, character.isNumber {
                if minutes.count < 5 { minutes.append(character) }
                alertMode = .silenceChooser(alertKey: alertKey, choice: .custom, customMinutes: minutes)
            } else if character == "c" {
                alertMode = .silenceChooser(alertKey: alertKey, choice: .custom, customMinutes: minutes)
            } else if let value = character.wholeNumberValue, let picked = SilenceChoice(rawValue: value) {
                if let seconds = picked.seconds { return finish(seconds) }
                alertMode = .silenceChooser(alertKey: alertKey, choice: .custom, customMinutes: minutes)
            }
        default:
            break
        }
        return []
    }
}
