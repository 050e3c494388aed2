import Foundation
import Testing

/// Every key of the `?` help, typed into `exesdb-top --demo` running in tmux at 160×48, checked on the
/// screen a person sees.
@Suite struct ConsoleKeyTests {
    private static let grid = [(1, "Cluster"), (2, "Throughput"), (3, "Latency"), (4, "Resources"), (5, "Alerts"), (6, "Logs")]
    private static let panes = grid + [(7, "Diagnostics")]

    @Test func questionMarkShowsTheHelpAndEscapeClosesIt() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        try console.send("?")
        let actions = [
            "move focus", "zoom pane; Esc returns", "scroll and select", "scroll a page", "top / bottom",
            "filter log or table", "log follow on/off", "pause the display", "refresh slower / faster", "next theme",
            "next glyph set", "cluster sort order", "redraw", "this help", "quit",
        ]
        let (shown, help) = try console.waitForText { screen in
            screen.lines.contains { $0.contains(" Keys (? or Esc closes) ") }
                && actions.allSatisfy { action in screen.lines.contains { $0.contains(action) } }
        }
        #expect(shown, "no help overlay with every action:\n\(help.lines.joined(separator: "\n"))")
        try console.send("Escape")
        let (closed, after) = try console.waitForText { !$0.lines.contains { $0.contains("Keys (?") } && showsGrid($0) }
        #expect(closed, "the help stayed:\n\(after.lines.joined(separator: "\n"))")
    }

    @Test func controlLRepaintsAScreenWrittenOverFromOutside() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        let tty = try console.tmux(["display", "-p", "-t", "main", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let stray = FileHandle(forWritingAtPath: tty)
        #expect(stray != nil, "cannot open the pane's terminal \(tty)")
        try stray?.write(contentsOf: Data("\u{1B}[20;10Hstray text from another program".utf8))
        try stray?.close()
        let (written, _) = try console.waitForText { $0.lines.contains { $0.contains("stray text") } }
        #expect(written)
        try console.send("C-l")
        let (repainted, screen) = try console.waitForText(timeout: 5) { !$0.lines.contains { $0.contains("stray text") } }
        #expect(repainted, "^L left:\n\(screen.lines.joined(separator: "\n"))")
    }

    @Test func eachDigitZoomsItsPaneToTheWholeBodyAndEscapeReturns() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        for (digit, title) in Self.panes {
            try console.send(String(digit))
            let (zoomed, screen) = try console.waitForText { isZoomed($0, digit, title, console) }
            #expect(zoomed, "\(digit) did not zoom \(title):\n\(screen.lines.joined(separator: "\n"))")
            try console.send("Escape")
            let (back, grid) = try console.waitForText { showsGrid($0) }
            #expect(back, "Esc did not return from \(title):\n\(grid.lines.joined(separator: "\n"))")
        }
    }

    @Test func tabAndShiftTabMoveTheFocusMarker() throws {
        guard let console = try TmuxSession.console() else { return }
        let ready = try console.waitForDemoData()
        #expect(focusedPanes(ready) == [1])
        for expected in [2, 3, 4, 5, 6, 1] {
            try console.send("Tab")
            let (moved, screen) = try console.waitForText { focusedPanes($0) == [expected] }
            #expect(moved, "Tab: focus on \(focusedPanes(screen)), expected \(expected)")
        }
        for expected in [6, 5] {
            try console.send("BTab")
            let (moved, screen) = try console.waitForText { focusedPanes($0) == [expected] }
            #expect(moved, "Shift-Tab: focus on \(focusedPanes(screen)), expected \(expected)")
        }
    }

    @Test func slashFiltersTheLogLinesAndEscapeClearsTheFilter() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        try focusLogs(console)
        try console.send("/")
        let (prompted, prompt) = try console.waitForText { $0.footer.hasPrefix("Filter Logs: _") }
        #expect(prompted, "no filter prompt: \(prompt.footer)")

        try console.type("zq9nomatch")
        let (emptied, filtered) = try console.waitForText {
            $0.footer.hasPrefix("Filter Logs: zq9nomatch_") && $0.filledRows(6, "Logs").map(trimmed) == ["no log line matches the filter"]
                && ($0.titleLine(6, "Logs") ?? "").contains("/zq9nomatch")
        }
        #expect(emptied, "a filter matching nothing left:\n\(filtered.lines.joined(separator: "\n"))")

        try console.send("Escape")
        let (cleared, unfiltered) = try console.waitForText { screen in
            screen.footer.hasPrefix("? help") && !(screen.titleLine(6, "Logs") ?? "/").contains("/")
                && !screen.filledRows(6, "Logs").isEmpty
                && !screen.filledRows(6, "Logs").contains { $0.contains("no log line matches") }
        }
        #expect(cleared, "Esc did not clear the filter:\n\(unfiltered.lines.joined(separator: "\n"))")

        let newest = unfiltered.filledRows(6, "Logs").last ?? ""
        let word = String(newest.matches(of: /[A-Za-z]{5,}/).map(\.output).max { $0.count < $1.count } ?? "")
        #expect(!word.isEmpty, "no word to filter by in \(newest)")
        try console.send("/")
        try console.type(word)
        let (narrowed, matching) = try console.waitForText { screen in
            let rows = screen.filledRows(6, "Logs")
            return !rows.isEmpty && rows.allSatisfy { $0.localizedCaseInsensitiveContains(word) }
                && (screen.titleLine(6, "Logs") ?? "").contains("/" + word)
        }
        #expect(narrowed, "filtering by \(word) shows other lines:\n\(matching.lines.joined(separator: "\n"))")

        try console.send("Enter")
        let (kept, afterEnter) = try console.waitForText {
            $0.footer.hasPrefix("? help") && ($0.titleLine(6, "Logs") ?? "").contains("/" + word)
        }
        #expect(kept, "Enter did not keep the filter:\n\(afterEnter.lines.joined(separator: "\n"))")
        try console.send("Escape")
        let (dropped, afterEscape) = try console.waitForText { !($0.titleLine(6, "Logs") ?? "/").contains("/") }
        #expect(dropped, "Esc did not drop the kept filter: \(afterEscape.titleLine(6, "Logs") ?? "no Logs pane")")
    }

    @Test func scrollKeysMoveThroughTheLogsAndEndFollowsAgain() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        try focusLogs(console)
        let (enough, screen) = try console.waitForText(timeout: 30) { logLineCount($0) >= 3 }
        #expect(enough, "fewer than 3 log lines: \(screen.titleLine(6, "Logs") ?? "no Logs pane")")
        try console.send("Space")
        let (paused, _) = try console.waitForText { $0.header.contains("PAUSED") }
        #expect(paused)
        let steps: [(key: String, offset: Int)] = [("Up", 1), ("k", 2), ("j", 1), ("Down", 0)]
        for step in steps {
            try console.send(step.key)
            let (moved, after) = try console.waitForText { scrollOffset($0) == step.offset }
            #expect(moved, "\(step.key): \(after.titleLine(6, "Logs") ?? "no Logs pane"), expected scrolled \(step.offset)")
        }
        try console.send("Home")
        let (top, atTop) = try console.waitForText { (scrollOffset($0) ?? 0) >= 2 }
        #expect(top, "Home: \(atTop.titleLine(6, "Logs") ?? "no Logs pane")")
        let last = scrollOffset(atTop) ?? 0
        try console.send("End")
        let (following, _) = try console.waitForText { ($0.titleLine(6, "Logs") ?? "").contains(" follow ") }
        #expect(following, "End did not follow again")
        try console.send("PPage")
        let (pagedUp, up) = try console.waitForText { scrollOffset($0) == min(last, 10) }
        #expect(pagedUp, "PgUp: \(up.titleLine(6, "Logs") ?? "no Logs pane"), expected scrolled \(min(last, 10))")
        try console.send("NPage")
        let (pagedDown, down) = try console.waitForText { scrollOffset($0) == 0 }
        #expect(pagedDown, "PgDn: \(down.titleLine(6, "Logs") ?? "no Logs pane"), expected scrolled 0")
    }

    @Test func followPauseAndRefreshKeysShowInTheTitleAndHeader() throws {
        guard let console = try TmuxSession.console() else { return }
        let ready = try console.waitForDemoData()
        #expect((ready.titleLine(6, "Logs") ?? "").contains(" follow "))
        try console.send("f")
        let (unfollowed, scrolled) = try console.waitForText {
            let title = $0.titleLine(6, "Logs") ?? ""
            return title.contains(" scrolled ") && !title.contains(" follow ")
        }
        #expect(unfollowed, "f did not stop following: \(scrolled.titleLine(6, "Logs") ?? "no Logs pane")")
        try console.send("f")
        let (followed, following) = try console.waitForText { ($0.titleLine(6, "Logs") ?? "").contains(" follow ") }
        #expect(followed, "f did not follow again: \(following.titleLine(6, "Logs") ?? "no Logs pane")")

        try console.send("Space")
        let (paused, pausedScreen) = try console.waitForText { $0.header.contains("PAUSED") }
        #expect(paused, "space: \(pausedScreen.header)")
        try console.send("Space")
        let (resumed, resumedScreen) = try console.waitForText { !$0.header.contains("PAUSED") }
        #expect(resumed, "space again: \(resumedScreen.header)")

        #expect(ready.header.contains("refresh 1s"), "\(ready.header)")
        for (key, shown) in [("+", "refresh 2s"), ("-", "refresh 1s"), ("-", "refresh 0.5s")] {
            try console.type(key)
            let (changed, screen) = try console.waitForText { $0.header.contains(shown) }
            #expect(changed, "\(key): \(screen.header), expected \(shown)")
        }
    }

    @Test func tCyclesTheColoursThroughEveryThemeAndBack() throws {
        guard let console = try TmuxSession.console() else { return }
        _ = try console.waitForDemoData()
        let original = try colours(of: console)
        #expect(original.contains { !$0.isEmpty }, "no colours on screen: \(original)")
        var current = original
        var presses = 0
        repeat {
            try console.send("t")
            presses += 1
            let previous = current
            let (changed, seen) = try waitForColours(of: console) { $0 != previous }
            #expect(changed, "t left the colours as they were: \(seen)")
            current = seen
        } while current != original && presses < 10
        #expect(current == original, "the themes do not cycle back after \(presses) presses")
        #expect(presses >= 2)
    }

    @Test func gCyclesTheGlyphsDownToASCIIAndBack() throws {
        guard let console = try TmuxSession.console() else { return }
        let ready = try console.waitForDemoData()
        #expect(ready.header.contains(/^● healthy|^▲ degraded|^✖ unhealthy/), "\(ready.header)")
        try console.send("g", "g")
        let (ascii, asciiScreen) = try console.waitForText(ascii: true) {
            $0.header.contains(/^\[OK\] healthy|^\[DEG\] degraded|^\[DOWN\] unhealthy/) && $0.lines[2].hasPrefix("+ >1 Cluster -")
        }
        #expect(ascii, "g g did not reach the ASCII glyphs:\n\(asciiScreen.lines.joined(separator: "\n"))")
        #expect(asciiScreen.missingDemoData() == [], "\(asciiScreen.lines.joined(separator: "\n"))")
        try console.send("g")
        let (back, backScreen) = try console.waitForText {
            $0.header.contains(/^● healthy|^▲ degraded|^✖ unhealthy/) && $0.lines[2].hasPrefix("┌ ▶1 Cluster ─")
        }
        #expect(back, "g did not return to the first glyphs:\n\(backScreen.lines.joined(separator: "\n"))")
    }

    @Test func oCyclesTheClusterSortShownInTheTitle() throws {
        guard let console = try TmuxSession.console() else { return }
        let ready = try console.waitForDemoData()
        #expect((ready.titleLine(1, "Cluster") ?? "").contains(" sort status "))
        for order in ["name", "cpu", "memory", "status"] {
            try console.send("o")
            let (sorted, screen) = try console.waitForText { ($0.titleLine(1, "Cluster") ?? "").contains(" sort \(order) ") }
            #expect(sorted, "o: \(screen.titleLine(1, "Cluster") ?? "no Cluster pane"), expected sort \(order)")
            let nodes = nodeRows(screen)
            #expect(nodes.count >= 4, "\(nodes)")
            switch order {
            case "name":
                #expect(nodes.map(\.name) == nodes.map(\.name).sorted(), "\(nodes.map(\.name))")
            case "cpu":
                let values = nodes.compactMap(\.cpu)
                #expect(values == values.sorted(by: >), "cpu column \(values)")
            case "memory":
                let values = nodes.compactMap(\.memory)
                #expect(values == values.sorted(by: >), "memory column \(values)")
            default:
                break
            }
        }
    }

    private func showsGrid(_ screen: ScreenText) -> Bool {
        Self.grid.allSatisfy { screen.titleRow($0.0, $0.1) != nil } && screen.titleRow(7, "Diagnostics") == nil
    }

    private func focusedPanes(_ screen: ScreenText) -> [Int] {
        Self.grid.filter { screen.isFocused($0.0, $0.1) }.map(\.0)
    }

    /// The pane's box fills the body: title on the first row under the header, full width, down to the
    /// row above the footer, and no other pane on screen.
    private func isZoomed(_ screen: ScreenText, _ digit: Int, _ title: String, _ console: TmuxSession) -> Bool {
        guard let (row, _) = screen.titleRow(digit, title), row == 2, screen.isFocused(digit, title) else { return false }
        let top = screen.lines[2]
        let alone = Self.panes.allSatisfy { $0.0 == digit || screen.titleRow($0.0, $0.1) == nil }
        return alone && top.hasPrefix("┌") && top.hasSuffix("┐") && top.count == console.width
            && screen.pane(digit, title)?.count == console.height - 5
    }

    private func focusLogs(_ console: TmuxSession) throws {
        try console.send("BTab")
        let (focused, screen) = try console.waitForText { focusedPanes($0) == [6] }
        #expect(focused, "Shift-Tab from Cluster: focus on \(focusedPanes(screen))")
    }

    private func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

    /// `N lines` in the Logs title.
    private func logLineCount(_ screen: ScreenText) -> Int {
        (screen.titleLine(6, "Logs")?.firstMatch(of: /(\d+) lines/)).flatMap { Int($0.1) } ?? 0
    }

    /// `scrolled ↑N` in the Logs title; nil while following.
    private func scrollOffset(_ screen: ScreenText) -> Int? {
        (screen.titleLine(6, "Logs")?.firstMatch(of: /scrolled ↑(\d+)/)).flatMap { Int($0.1) }
    }

    /// The node rows of the Cluster table: name, CPU % and memory % (nil when shown as `-`).
    private func nodeRows(_ screen: ScreenText) -> [(name: String, cpu: Int?, memory: Int?)] {
        let rows = screen.pane(1, "Cluster") ?? []
        guard let start = rows.firstIndex(where: { $0.hasPrefix("NODE") }) else { return [] }
        let end = rows.firstIndex(where: { $0.hasPrefix("STORE") }) ?? rows.endIndex
        return rows[(start + 1)..<end].compactMap { row in
            let fields = row.split(separator: " ")
            guard fields.count > 5 else { return nil }
            return (String(fields[0]), Int(fields[4].dropLast()), Int(fields[5].dropLast()))
        }
    }

    /// The colours (SGR sequences) at the start of rows whose look depends only on the theme: the
    /// focused Cluster title, the Logs box edge and the key hints.
    private func colours(of console: TmuxSession) throws -> [String] {
        let coloured = try console.screenWithColours().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let plain = ScreenText(coloured.map { $0.replacing(/\x1B\[[0-9;:]*m/, with: "") }.joined(separator: "\n"))
        let logsRow = plain.titleRow(6, "Logs")?.row
        let footerRow = plain.lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return [2, logsRow, footerRow].map { row in
            guard let row, row < coloured.count else { return "" }
            return String(coloured[row].prefixMatch(of: /(\x1B\[[0-9;:]*m)*/)?.output.0 ?? "")
        }
    }

    private func waitForColours(of console: TmuxSession, timeout: Double = 15, _ condition: ([String]) -> Bool) throws
        -> (Bool, [String]) {
        try console.waitFor(timeout: timeout, capture: { try colours(of: console) }, condition)
    }
}
