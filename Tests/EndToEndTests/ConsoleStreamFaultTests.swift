import Foundation
import Testing

/// A bridge that misbehaves, seen on the console's screen: it stalls in the middle of a line (the node turns
/// stale, keys are still answered, an acknowledgement goes upstream and into the journal, the finished line is
/// taken), sends 100 MiB without a newline (one rejection counted in the header, memory bounded), half-closes and
/// resets (the source says so, with its retry). The journal holds every acknowledgement at the end.
@Suite struct ConsoleStreamFaultTests {
    static let alert = #"{"type":"SystemAlert","alert_id":"stall-1","severity":"warning","title":"Slow subscriber on n1","node":"n1@db","alert_type":"slow_subscriber"}"#
    static let title = "Slow subscriber on n1"

    static func heartbeat(_ sequence: Int) -> String {
        #"{"type":"Heartbeat","node":"n1@db","sequence":\#(sequence),"interval_ms":1000}"#
    }

    @Test func aStallATooLongLineAHalfCloseAndAResetAreEachSaidOnScreen() throws {
        guard TmuxSession.isInstalled else { return }
        let home = try ConsoleHome()
        let peer = try ScriptedPeer()
        let source = "tcp://127.0.0.1:\(peer.port)"
        let console = try home.console("--source \(source) --operator alice")
        try #require(peer.accept(), "the console connects")
        let second = Self.heartbeat(2)
        let cut = second.index(second.startIndex, offsetBy: 30)
        peer.write(Self.alert + "\n" + Self.heartbeat(1) + "\n" + second[..<cut])

        let (stale, stalled) = try console.waitForText(timeout: 10) { Self.nodeRow($0)?.contains("? stale") == true }
        #expect(stale, "a node silent for two heartbeat intervals shows stale: \(stalled.lines.joined(separator: "\n"))")
        #expect(stalled.lines.contains { $0.contains("\(source): connected") })
        try console.send("?")
        let (helped, _) = try console.waitForText(timeout: 5) { $0.lines.contains { $0.contains(" Keys (? or Esc closes) ") } }
        #expect(helped, "a key is answered while the peer stalls")
        try console.send("Escape")
        try console.send("5")
        try console.send("/")
        try console.type("Slow subscriber")
        try console.send("Enter")
        try console.send("a")
        let (prompted, prompt) = try console.waitForScreen(timeout: 5) { $0.contains("Acknowledge \"\(Self.title)\" - note: _") }
        try #require(prompted, "the alert can be acknowledged while the peer stalls: \(prompt)")
        try console.send("Enter")
        let upstream = peer.readLine()
        #expect(upstream?.contains(#""alert_id":"stall-1""#) == true && upstream?.contains(#""ack_by":"alice""#) == true,
                "the acknowledgement goes upstream: \(upstream ?? "nothing")")
        try console.send("Escape")
        peer.write(String(second[cut...]) + "\n")
        let (fresh, finished) = try console.waitForText(timeout: 5) { Self.nodeRow($0)?.contains("● healthy") == true }
        #expect(fresh, "the finished line is taken: \(Self.nodeRow(finished) ?? "")")
        #expect(finished.header.contains("rejected 0"), "\(finished.header)")

        let pid = try #require(try console.childPIDs().first)
        let before = Self.residentKiB(of: pid)
        let megabyte = String(repeating: "x", count: 1 << 20)
        for _ in 0..<100 { peer.write(megabyte) }
        peer.write("\n" + Self.heartbeat(3) + "\n")
        let (counted, rejected) = try console.waitForText(timeout: 20) { $0.header.contains("rejected 1") }
        let peak = Self.residentKiB(of: pid, peak: true)
        #expect(counted, "one rejection for the 100 MiB line: \(rejected.header)")
        #expect(Self.nodeRow(rejected)?.contains("● healthy") == true, "the line after it is taken")
        #expect(peak - before < 48 * 1024, "resident memory grew by \((peak - before) / 1024) MiB for a 100 MiB line")
        print("console 100 MiB without a newline: resident \(before / 1024) MiB before, peak \(peak / 1024) MiB")

        peer.halfClose()
        let (closed, halfClosed) = try console.waitForScreen(timeout: 5) {
            $0.contains(#/tcp://127\.0\.0\.1:\d+: disconnected: connection closed by peer, retrying (now|in \d+ s)/#)
        }
        #expect(closed, "a half-close is said: \(halfClosed)")
        try #require(peer.accept(), "the console connects again")
        peer.write(Self.heartbeat(4) + "\n")
        _ = try console.waitForScreen(timeout: 5) { $0.contains("\(source): connected") }
        peer.reset()
        let (reset, afterReset) = try console.waitForScreen(timeout: 5) {
            $0.contains(#/tcp://127\.0\.0\.1:\d+: disconnected: connection reset by peer, retrying (now|in \d+ s)/#)
        }
        #expect(reset, "a reset is said with its reason: \(afterReset)")

        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0)
        #expect(try home.journalLines().first == ConsoleHome.earlierAcknowledgement)
        let entries = try home.journalEntries()
        #expect(entries.count == 2 && entries.last?["alert_id"] as? String == "stall-1" && entries.last?["ack_by"] as? String == "alice",
                "the journal holds both acknowledgements: \(entries)")
    }

    /// The Cluster pane's row of n1@db.
    private static func nodeRow(_ screen: ScreenText) -> String? {
        screen.pane(1, "Cluster")?.first { $0.contains("n1@db") }
    }

    /// The process's resident set (or its peak so far), in KiB.
    private static func residentKiB(of pid: Int32, peak: Bool = false) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(peak ? "VmHWM:" : "VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
