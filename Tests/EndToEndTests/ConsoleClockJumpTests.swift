import Foundation
import Testing

/// The wall clock set back an hour under a running console (its own clock only, through `WallClockShift`): the
/// screen keeps refreshing with the earlier time, no age goes negative, a repeat of an alert after the jump
/// counts on its row instead of firing again, keys are answered, and an acknowledgement is still journalled.
@Suite struct ConsoleClockJumpTests {
    static let heartbeat = #"{"type":"Heartbeat","node":"n1@db","interval_ms":1000}"#
    static let alert = #"{"type":"SystemAlert","alert_id":"clock-1","severity":"warning","title":"Replication lag on n1","node":"n1@db","alert_type":"replication_lag"}"#
    static let title = "Replication lag on n1"

    @Test func theWallClockSetBackAnHourKeepsTheScreenLiveAndNothingFiresAgain() throws {
        guard TmuxSession.isInstalled, let shift = try WallClockShift() else { return }
        let home = try ConsoleHome()
        let feed = home.url.appendingPathComponent("feed").path
        try #require(mkfifo(feed, 0o600) == 0)
        let writer = open(feed, O_RDWR)
        defer { close(writer) }
        let send = { (lines: [String]) in
            let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
            _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
        }
        let console = try home.console("--source - --operator alice < '\(feed)'", environment: shift.environment)
        send([Self.heartbeat, Self.alert])
        try console.send("5")
        let (listed, first) = try console.waitForScreen(timeout: 15) { Self.row(in: $0)?.contains("unacked L1") == true }
        try #require(listed, "the alert is listed: \(first)")
        let before = try #require(Self.clock(in: first), "a time in the header: \(first)")

        try shift.set(seconds: -3600)
        let (back, jumped) = try console.waitForScreen(timeout: 5) { screen in
            Self.clock(in: screen).map { Self.secondsBetween(before - 3600, $0) < 10 } ?? false
        }
        #expect(back, "the header shows the time an hour earlier: \(jumped.split(separator: "\n").first ?? "")")
        let afterJump = Self.clock(in: jumped) ?? 0
        let (ticking, later) = try console.waitForScreen(timeout: 5) { (Self.clock(in: $0) ?? afterJump) != afterJump }
        #expect(ticking, "frames keep coming after the jump: \(later.split(separator: "\n").first ?? "")")

        send([Self.heartbeat, Self.alert])
        let (counted, repeated) = try console.waitForScreen(timeout: 5) { Self.row(in: $0)?.contains("×2") == true }
        #expect(counted, "the repeat after the jump counts on the same row: \(Self.row(in: repeated) ?? repeated)")
        let row = Self.row(in: repeated) ?? ""
        #expect(row.contains("unacked L1"), "neither acknowledged nor escalated by the jump: \(row)")
        #expect(repeated.contains("active 1"), "nothing fired again")
        #expect(repeated.firstMatch(of: #/-\d+(s|m|h|d)\b/#) == nil, "no negative age on screen:\n\(repeated)")

        try console.send("a")
        let (prompted, prompt) = try console.waitForScreen(timeout: 5) { $0.contains("Acknowledge \"\(Self.title)\" - note: _") }
        try #require(prompted, "a key is answered after the jump: \(prompt)")
        try console.send("Enter")
        let (acknowledged, done) = try console.waitForScreen(timeout: 5) { Self.row(in: $0)?.contains("ack alice") == true }
        #expect(acknowledged, "\(Self.row(in: done) ?? done)")
        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0)
        let lines = try home.journalLines()
        #expect(lines.count == 2 && lines.first == ConsoleHome.earlierAcknowledgement, "\(lines)")
        #expect(lines.last?.contains(#""alert_id":"clock-1""#) == true && lines.last?.contains(#""ack_by":"alice""#) == true)
    }

    /// The row of the test's alert on `screen`.
    private static func row(in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(title) && !$0.contains("Acknowledge") }.map(String.init)
    }

    /// Seconds from `start` to `end` on a 24-hour dial (so 23:59:58 to 00:00:01 is 3).
    private static func secondsBetween(_ start: Int, _ end: Int) -> Int {
        ((end - start) % 86_400 + 86_400) % 86_400
    }

    /// The header's `HH:MM:SS UTC` as seconds of the day.
    private static func clock(in screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first,
              let match = header.firstMatch(of: #/(\d\d):(\d\d):(\d\d) UTC/#) else { return nil }
        return Int(match.1)! * 3600 + Int(match.2)! * 60 + Int(match.3)!
    }
}
