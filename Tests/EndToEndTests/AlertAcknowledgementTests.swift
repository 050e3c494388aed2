import Foundation
import Testing

/// Issue 5's acceptance on the real binaries: `serve-demo` plays node4's failure, and consoles in tmux, each with
/// its own state and configuration folders, acknowledge, share, journal, escalate and silence its alert.
@Suite struct AlertAcknowledgementTests {
    static let title = "Node node4@demo has become unresponsive"
    static let alertID = "demo-0-node4-failure"
    /// Three seconds before node4 fails, so the consoles are connected when the first alert is sent.
    static let firstSecond = 147

    @Test func anAcknowledgementIsJournalledSharedAtOnceAndKeptAcrossARestart() throws {
        let server = try Self.serveDemo()
        let aliceHome = try Self.makeHome(), bobHome = try Self.makeHome()
        defer { Self.remove(aliceHome, bobHome) }
        var alice = try Self.startConsole(source: server.source, home: aliceHome, operatorName: "alice")
        let bob = try Self.startConsole(source: server.source, home: bobHome, operatorName: "bob")
        try Self.showAlert(in: bob)
        let row = try Self.showAlert(in: alice)
        #expect(row.contains("unacked"))
        #expect(row.contains(#/L1 ↑14m\d\ds/#), "a new alert counts down to level 2 under the default policy: \(row)")

        let note = "restarting node4 (ticket 42)"
        try Self.acknowledge(in: alice, note: note)
        var aliceSawIt = false, bobSawIt = false
        var bobSawItAt = Date.distantFuture
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !(aliceSawIt && bobSawIt) {
            if !aliceSawIt { aliceSawIt = Self.row(in: try alice.screen())?.contains("ack alice") == true }
            if !bobSawIt, Self.row(in: try bob.screen())?.contains("ack alice") == true {
                bobSawIt = true
                bobSawItAt = Date()
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(aliceSawIt, "alice's console shows her acknowledgement")
        #expect(bobSawIt, "bob's console shows alice's acknowledgement")
        let aliceRow = Self.row(in: try alice.screen()) ?? ""
        #expect(!aliceRow.contains("unacked") && !aliceRow.contains("↑"), "an acknowledged alert stops its countdown: \(aliceRow)")

        let journal = Self.journalPath(aliceHome)
        let attributes = try FileManager.default.attributesOfItem(atPath: journal)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (journal as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let entry = try #require(try Self.journalEntries(aliceHome).last)
        #expect(entry["type"] as? String == "AlertAck")
        #expect(entry["alert_id"] as? String == Self.alertID)
        #expect(entry["ack_by"] as? String == "alice")
        #expect(entry["ack_note"] as? String == note)
        #expect(entry["journal_action"] as? String == "acknowledge")
        let acknowledgedAt = try #require(Self.date(entry["ack_timestamp"]))
        let delay = bobSawItAt.timeIntervalSince(acknowledgedAt)
        #expect(delay < 1, "bob saw alice's acknowledgement \(delay) s after she made it")
        #expect(try Self.journalEntries(bobHome).isEmpty, "bob's journal holds only what bob did")

        try alice.send("q")
        #expect(try alice.waitForExit(timeout: 10) == 0)
        alice = try Self.startConsole(source: server.source, home: aliceHome, operatorName: "alice")
        let restarted = try Self.showAlert(in: alice)
        #expect(restarted.contains("ack alice") && !restarted.contains("unacked"),
                "after a restart the alert arrives acknowledged by alice: \(restarted)")
    }

    @Test func anAcknowledgementShownOnScreenSurvivesKillNine() throws {
        let server = try Self.serveDemo()
        let home = try Self.makeHome()
        defer { Self.remove(home) }
        var console = try Self.startConsole(source: server.source, home: home, operatorName: "alice")
        let pid = try #require(try console.childPIDs().first, "the console runs under the pane's shell")
        let command = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        try #require(command.trimmingCharacters(in: .whitespacesAndNewlines) == "exesdb-top", "\(command)")
        try Self.showAlert(in: console)

        try Self.acknowledge(in: console, note: "kill -9 right after this")
        let (confirmed, screen) = try console.waitForScreen(timeout: 10) { Self.row(in: $0)?.contains("ack alice") == true }
        #expect(kill(pid, SIGKILL) == 0)
        #expect(confirmed, "the acknowledgement shows on screen: \(Self.row(in: screen) ?? screen)")
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(kill(pid, 0) != 0, "the console is gone")

        let entry = try #require(try Self.journalEntries(home).last)
        #expect(entry["ack_by"] as? String == "alice")
        #expect(entry["ack_note"] as? String == "kill -9 right after this")
        console = try Self.startConsole(source: server.source, home: home, operatorName: "alice")
        let restarted = try Self.showAlert(in: console)
        #expect(restarted.contains("ack alice") && !restarted.contains("unacked"),
                "after kill -9 and a restart the alert arrives acknowledged by alice: \(restarted)")
        #expect(try !console.screen().contains("torn"), "the journal was whole")
    }

    @Test func theEscalationCountdownRunsDownAndTheLevelGoesUp() throws {
        let server = try Self.serveDemo()
        let home = try Self.makeHome()
        defer { Self.remove(home) }
        let configuration = home.appendingPathComponent("config/exesdb-top")
        try FileManager.default.createDirectory(at: configuration, withIntermediateDirectories: true)
        try "[alerts]\nescalate_after = 0.2\n".write(
            to: configuration.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let console = try Self.startConsole(source: server.source, home: home, operatorName: "alice")
        try Self.showAlert(in: console)

        let first = try #require(try Self.countdown(in: console), "a level 1 countdown in seconds")
        #expect(first.level == 1 && first.seconds <= 12, "escalate_after = 0.2 gives 12 s: \(first)")
        Thread.sleep(forTimeInterval: 2.5)
        let second = try #require(try Self.countdown(in: console))
        #expect(second.level == 1)
        #expect(second.seconds < first.seconds, "the countdown runs down: \(first.seconds) s, then \(second.seconds) s")
        let (escalated, screen) = try console.waitForScreen(timeout: Double(second.seconds) + 5) {
            Self.row(in: $0)?.contains(#/L2 ↑29m\d\ds/#) == true
        }
        #expect(escalated, "level 2 when the countdown ends, counting down to level 3: \(Self.row(in: screen) ?? screen)")
    }

    @Test(.timeLimit(.minutes(3)))
    func aSilenceIsJournalledCanBeLiftedAndEndsByItself() throws {
        let server = try Self.serveDemo()
        let home = try Self.makeHome()
        defer { Self.remove(home) }
        let console = try Self.startConsole(source: server.source, home: home, operatorName: "alice")
        try Self.showAlert(in: console)

        try Self.silenceForOneMinute(in: console)
        var (silenced, screen) = try console.waitForScreen(timeout: 10) { Self.row(in: $0)?.contains("silenced") == true }
        #expect(silenced, "the row shows the silence: \(Self.row(in: screen) ?? screen)")
        let silence = try #require(try Self.journalEntries(home).last)
        #expect(silence["journal_action"] as? String == "silence")
        #expect(silence["alert_id"] as? String == Self.alertID)
        #expect(silence["ack_by"] as? String == "alice")
        let since = try #require(Self.date(silence["ack_timestamp"])), until = try #require(Self.date(silence["until"]))
        #expect(abs(until.timeIntervalSince(since) - 60) < 0.01, "a custom silence of 1 minute")

        try console.send("u")
        let (lifted, afterLift) = try console.waitForScreen(timeout: 10) { Self.row(in: $0)?.contains("silenced") == false }
        #expect(lifted, "u lifts the silence: \(Self.row(in: afterLift) ?? afterLift)")
        #expect(try Self.journalEntries(home).last?["journal_action"] as? String == "unsilence")

        try Self.silenceForOneMinute(in: console)
        (silenced, screen) = try console.waitForScreen(timeout: 10) { Self.row(in: $0)?.contains("silenced") == true }
        #expect(silenced)
        let silencedAt = Date()
        let (ended, afterEnd) = try console.waitForScreen(timeout: 75) {
            guard let row = Self.row(in: $0) else { return false }
            return !row.contains("silenced") && row.contains("unacked")
        }
        #expect(ended, "the alert comes back unacknowledged when its silence ends: \(Self.row(in: afterEnd) ?? afterEnd)")
        #expect(Date().timeIntervalSince(silencedAt) > 55, "not before the minute is over")
    }

    // MARK: - Driving a console

    /// A fresh folder holding a console's `state` and `config` folders.
    private static func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exesdb-top-ack-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    private static func remove(_ homes: URL...) {
        for home in homes { try? FileManager.default.removeItem(at: home) }
    }

    /// `exesdb-top serve-demo` in tmux on a free port, its storyline three seconds before node4 fails, at real speed;
    /// returns the session (the server stops with it) and the `--source` consoles connect with.
    private static func serveDemo() throws -> (session: TmuxSession, source: String) {
        let session = try TmuxSession(
            "exec '\(Binary.path)' serve-demo --port 0 --start-at \(firstSecond) --speed 1")
        let (started, screen) = try session.waitForScreen(timeout: 20) { $0.contains("serving the demo cluster on") }
        let port = screen.firstMatch(of: #/serving the demo cluster on 127\.0\.0\.1:(\d+) /#).map { String($0.1) }
        try #require(started && port != nil, "serve-demo announces its port: \(screen)")
        return (session, "tcp://127.0.0.1:\(port!)")
    }

    /// A console in tmux connected to `source` (with more `arguments`), with `XDG_STATE_HOME` and `XDG_CONFIG_HOME` inside `home`, once
    /// its first frame is on screen.
    private static func startConsole(source: String, home: URL, operatorName: String, arguments: String = "") throws
        -> TmuxSession {
        let session = try TmuxSession(
            "'\(Binary.path)' --source \(source) --operator \(operatorName) \(arguments); "
                + "echo \"\(TmuxSession.exitMarker)$?\"",
            environment: [
                "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
        let (started, screen) = try session.waitForScreen(timeout: 20) { $0.contains("\(source): connected") }
        try #require(started, "the console connects to serve-demo: \(screen)")
        return session
    }

    /// Zooms the alerts pane, filters it to node4's failure and waits until the alert is listed; returns its row.
    @discardableResult
    private static func showAlert(in console: TmuxSession) throws -> String {
        try console.send("5")
        try console.send("/")
        try console.type("unresponsive")
        try console.send("Enter")
        let (listed, screen) = try console.waitForScreen(timeout: 30) { row(in: $0) != nil }
        try #require(listed, "node4's failure is listed: \(screen)")
        return row(in: screen) ?? ""
    }

    /// `a`, the note typed into the prompt, Enter.
    private static func acknowledge(in console: TmuxSession, note: String) throws {
        try console.send("a")
        let (prompted, screen) = try console.waitForScreen(timeout: 10) {
            $0.contains("Acknowledge \"\(title)\" - note: _")
        }
        try #require(prompted, "a opens the note prompt: \(screen)")
        try console.type(note)
        let (typed, echoed) = try console.waitForScreen(timeout: 10) { $0.contains("note: \(note)_") }
        try #require(typed, "the note shows as typed: \(echoed)")
        try console.send("Enter")
    }

    /// `s`, the chooser's custom field, 1 minute, Enter.
    private static func silenceForOneMinute(in console: TmuxSession) throws {
        try console.send("s")
        let (chooser, screen) = try console.waitForScreen(timeout: 10) {
            $0.contains("Silence \"\(title)\" for:") && $0.contains("[1] 15 m") && $0.contains("[2] 1 h")
                && $0.contains("[3] 4 h") && $0.contains("[4] custom")
        }
        try #require(chooser, "s opens the silence chooser: \(screen)")
        try console.send("c")
        try console.type("1")
        let (typed, custom) = try console.waitForScreen(timeout: 10) { $0.contains("[4] custom: 1_ min") }
        try #require(typed, "the custom minutes show as typed: \(custom)")
        try console.send("Enter")
    }

    /// The row of node4's failure on `screen`.
    private static func row(in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(title) }.map(String.init)
    }

    /// The escalation level and the seconds left of a countdown under a minute on the alert's row.
    private static func countdown(in console: TmuxSession) throws -> (level: Int, seconds: Int)? {
        guard let row = row(in: try console.screen()), let match = row.firstMatch(of: #/L(\d) ↑(\d+)s/#) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    // MARK: - Reading the journal

    private static func journalPath(_ home: URL) -> String {
        home.appendingPathComponent("state/exesdb-top/journal.ndjson").path
    }

    /// The journal's lines as JSON objects.
    private static func journalEntries(_ home: URL) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: journalPath(home), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    /// An ISO-8601 timestamp with milliseconds.
    private static func date(_ value: Any?) -> Date? {
        guard let text = value as? String else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
