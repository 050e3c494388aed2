import Foundation
import Testing

/// Faults around the real console in tmux: a storm of resizes, an ssh source whose process stops reading and
/// dies while an acknowledgement goes upstream (SIGPIPE), and a followed log deleted and created again. The
/// console keeps running, answers keys, says what happened, and the journal holds every acknowledgement.
@Suite struct ConsoleFaultTests {
    static let alertTitle = "Disk nearly full on n1"
    static let alertLine = #"{"type":"SystemAlert","alert_id":"fault-ssh-1","severity":"warning","title":"Disk nearly full on n1","node":"n1@db","alert_type":"disk_space"}"#

    @Test func aHundredResizesInASecondEndInAWholeScreenOfTheFinalSize() throws {
        guard TmuxSession.isInstalled else { return }
        let home = try ConsoleHome()
        let console = try home.console("--demo")
        let ready = try console.waitForDemoData()
        #expect(ready.missingDemoData() == [], "\(ready.lines.joined(separator: "\n"))")

        let started = Date()
        for step in 0..<100 {
            try console.resize(width: 70 + (step * 37) % 200, height: 18 + (step * 13) % 60)
        }
        let stormSeconds = Date().timeIntervalSince(started)
        try console.resize(width: 132, height: 43)
        print("resize storm: 100 resizes in \(stormSeconds) s")

        try console.send("?")
        let (helped, help) = try console.waitForScreen(timeout: 10) { $0.contains(" Keys (? or Esc closes) ") }
        #expect(helped, "? is answered after the storm: \(help)")
        try console.send("Escape")
        let (whole, screen) = try console.waitForText(timeout: 15) { Self.isWhole($0, width: 132, height: 43) }
        #expect(whole, "at 132×43 after the storm:\n\(screen.lines.joined(separator: "\n"))")
        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0, "the console ran through the storm and quits cleanly")
        #expect(try home.journalLines() == [ConsoleHome.earlierAcknowledgement])
    }

    @Test func aDeadSshTakingAnAcknowledgementLeavesTheConsoleRunningAndTheAckJournalled() throws {
        guard TmuxSession.isInstalled else { return }
        let home = try ConsoleHome()
        let bin = home.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let go = home.url.appendingPathComponent("go").path
        // An ssh to a node that is going down: it sends one alert, stops reading (the console's next write gets
        // EPIPE, or SIGPIPE where it is not ignored), then says why and exits as ssh does.
        let script = """
            #!/bin/sh
            printf '%s\\n' '\(Self.alertLine)'
            exec 0<&-
            while [ ! -e '\(go)' ]; do sleep 0.05; done
            echo 'Connection to node1 closed by remote host.' >&2
            exit 255
            """
        let ssh = bin.appendingPathComponent("ssh")
        try script.write(to: ssh, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ssh.path)
        let console = try home.console("--source ssh://node1 --operator alice", environment: ["PATH": "\(bin.path):/usr/bin:/bin"])
        let (connected, first) = try console.waitForScreen(timeout: 20) { $0.contains("ssh://node1: connected") }
        try #require(connected, "the fake ssh connects: \(first)")

        try console.send("5")
        try console.send("/")
        try console.type("Disk nearly")
        try console.send("Enter")
        let (listed, list) = try console.waitForScreen(timeout: 15) { Self.row(in: $0) != nil }
        try #require(listed, "the alert is listed: \(list)")
        try console.send("a")
        let (prompted, prompt) = try console.waitForScreen(timeout: 10) { $0.contains("Acknowledge \"\(Self.alertTitle)\" - note: _") }
        try #require(prompted, "a opens the note prompt: \(prompt)")
        try console.type("ssh is dying")
        try console.send("Enter")

        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? home.journalLines().count) != 2 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(FileManager.default.createFile(atPath: go, contents: nil))
        let (told, screen) = try console.waitForScreen(timeout: 10) {
            $0.contains("ssh://node1: disconnected: Connection to node1 closed by remote host., retrying")
        }
        #expect(told, "the source says ssh's own reason: \(screen)")
        #expect(try console.exitStatus() == nil && !screen.contains(TmuxSession.exitMarker), "the console still runs: \(screen)")
        #expect(Self.row(in: screen)?.contains("ack alice") == true, "the alert shows acknowledged: \(Self.row(in: screen) ?? screen)")
        #expect(!screen.contains("acks unsaved"))

        #expect(try home.journalLines().first == ConsoleHome.earlierAcknowledgement)
        let entries = try home.journalEntries()
        #expect(entries.count == 2)
        let entry = try #require(entries.last)
        #expect(entry["alert_id"] as? String == "fault-ssh-1")
        #expect(entry["ack_by"] as? String == "alice")
        #expect(entry["ack_note"] as? String == "ssh is dying")

        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0)
    }

    @Test func aFollowedLogDeletedAndCreatedAgainIsSaidAndEveryNewLineShows() throws {
        guard TmuxSession.isInstalled else { return }
        let home = try ConsoleHome()
        let log = home.url.appendingPathComponent("exesdb.log").path
        try "already there\n".write(toFile: log, atomically: false, encoding: .utf8)
        let console = try home.console("--source file:\(log)")
        let (following, first) = try console.waitForScreen(timeout: 20) { $0.contains("file:\(log): connected") }
        try #require(following, "the console follows the file: \(first)")

        try FileManager.default.removeItem(atPath: log)
        let (gone, removed) = try console.waitForScreen(timeout: 5) {
            $0.contains("file:\(log): waiting for \(log) (file removed)")
        }
        #expect(gone, "the source says the file was removed: \(removed)")
        let lines = (1...5).map { "line \($0) of the new exesdb.log" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: log, atomically: false, encoding: .utf8)
        let (shown, screen) = try console.waitForText(timeout: 5) { screen in
            let logs = screen.filledRows(6, "Logs")
            return lines.allSatisfy { line in logs.contains { $0.contains(line) } }
                && screen.lines.contains { $0.contains("file:\(log): connected") }
        }
        #expect(shown, "every line of the new file shows and the source is connected again:\n\(screen.lines.joined(separator: "\n"))")
        #expect(!screen.filledRows(6, "Logs").contains { $0.contains("already there") }, "it started at the end of the first file")
        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0)
        #expect(try home.journalLines() == [ConsoleHome.earlierAcknowledgement])
    }

    /// The row of the test's alert on `screen`.
    private static func row(in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(alertTitle) }.map(String.init)
    }

    /// Every pane on screen and drawn for exactly `width`×`height`: no row longer or left over from an earlier
    /// size, the Logs box as wide as the terminal with its bottom edge right above the key hints on the last row.
    private static func isWhole(_ screen: ScreenText, width: Int, height: Int) -> Bool {
        guard screen.missingDemoData().isEmpty, screen.lines.count >= height, let logs = screen.pane(6, "Logs"),
              let top = screen.titleRow(6, "Logs")?.row, top + logs.count + 1 < screen.lines.count else { return false }
        let bottom = screen.lines[top + logs.count + 1]
        return screen.lines.prefix(height).allSatisfy { $0.count <= width } && screen.lines[top].count == width
            && bottom.hasPrefix("└") && bottom.hasSuffix("┘") && bottom.count == width
            && top + logs.count + 2 == height - 1 && screen.lines[height - 1].hasPrefix("? help")
    }
}
