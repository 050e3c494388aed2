import Foundation
import Testing

/// The console's journal on a real tmpfs that is full: the header says acknowledgements are not saved, the
/// acknowledgement still shows (marked unsaved), the acknowledgements journalled before are untouched, and once
/// space returns the next acknowledgement is saved and the warning goes. Restarted with the file system read-only,
/// the console still restores what the journal holds and says it cannot save. Mounting needs root with the right
/// to mount, as here and in CI; elsewhere the test prints why it did not run.
@Suite struct JournalDiskFaultTests {
    static let first = #"{"type":"SystemAlert","alert_id":"fault-disk-1","severity":"warning","title":"Queue backlog on n1","node":"n1@db","alert_type":"backlog"}"#
    static let second = #"{"type":"SystemAlert","alert_id":"fault-disk-2","severity":"warning","title":"Slow fsync on n2","node":"n2@db","alert_type":"slow_disk"}"#

    @Test func aFullThenReadOnlyDiskIsSaidInTheHeaderAndNoSavedAcknowledgementIsLost() throws {
        guard TmuxSession.isInstalled else { return }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exesdb-top-disk-\(UUID().uuidString.prefix(8))")
        let state = home.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        guard mount("tmpfs", state.path, "tmpfs", 0, "size=256k,mode=0700") == 0 else {
            print("journal disk test skipped: cannot mount a tmpfs: \(String(cString: strerror(errno))) (needs root and CAP_SYS_ADMIN)")
            return
        }
        defer { umount2(state.path, Int32(MNT_DETACH)) }
        let journal = state.appendingPathComponent("exesdb-top/journal.ndjson")
        try FileManager.default.createDirectory(at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        // One earlier acknowledgement filling a whole 4 KiB block, so any append needs a block the disk lacks.
        let prefix = #"{"type":"AlertAck","alert_id":"earlier-1","ack_by":"bob","ack_note":""#
        let suffix = #"","resolution":null,"ack_timestamp":"2026-11-26T13:45:01.000Z","timestamp":"2026-11-26T13:45:01.000Z","journal_action":"acknowledge"}"# + "\n"
        let earlier = prefix + String(repeating: "n", count: 4096 - prefix.utf8.count - suffix.utf8.count) + suffix
        try earlier.write(to: journal, atomically: false, encoding: .utf8)
        let filler = state.appendingPathComponent("filler").path
        Self.fill(filler)

        // The alerts come on standard input, from a pipe the test keeps open (so the source stays connected).
        let feed = home.appendingPathComponent("feed").path
        try #require(mkfifo(feed, 0o600) == 0)
        let writer = open(feed, O_RDWR)
        defer { close(writer) }
        let alerts = Array((Self.first + "\n" + Self.second + "\n").utf8)
        try #require(alerts.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == alerts.count)
        let console = try TmuxSession(
            "'\(Binary.path)' --source - --operator alice < '\(feed)'; echo \"\(TmuxSession.exitMarker)$?\"",
            environment: [
                "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": state.path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
        try console.send("5")
        try Self.acknowledge("Queue backlog on n1", filter: "backlog", in: console)
        let (warned, full) = try console.waitForScreen(timeout: 10) {
            $0.contains("journal not writable (no space left on device): acks unsaved")
        }
        #expect(warned, "the header says acks are not saved: \(full)")
        #expect(Self.row("Queue backlog on n1", in: full)?.contains("ack alice unsaved") == true, "\(Self.row("Queue backlog on n1", in: full) ?? full)")
        #expect(try String(contentsOf: journal, encoding: .utf8) == earlier, "the journalled acknowledgement is untouched")

        unlink(filler)
        try Self.acknowledge("Slow fsync on n2", filter: "fsync", in: console)
        let (saved, after) = try console.waitForScreen(timeout: 10) {
            Self.row("Slow fsync on n2", in: $0)?.contains("ack alice") == true && !$0.contains("acks unsaved")
        }
        #expect(saved, "with space back the acknowledgement is saved and the warning goes: \(after)")
        #expect(Self.row("Slow fsync on n2", in: after)?.contains("unsaved") == false)
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines.first.map { $0 + "\n" } == earlier)
        #expect(lines.dropFirst().first?.contains(#""alert_id":"fault-disk-2""#) == true)
        #expect(lines.dropFirst().first?.contains(#""ack_by":"alice""#) == true)
        try console.send("q")
        #expect(try console.waitForExit(timeout: 10) == 0)

        // Restarted on the same file system turned read-only: the journal is read, the saved acknowledgement comes
        // back, the one never saved does not, and the header says new ones cannot be saved.
        try #require(mount("tmpfs", state.path, "tmpfs", UInt(MS_REMOUNT) | UInt(MS_RDONLY), nil) == 0)
        let restarted = try TmuxSession(
            "'\(Binary.path)' --source - --operator alice < '\(feed)'; echo \"\(TmuxSession.exitMarker)$?\"",
            environment: [
                "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": state.path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
        try #require(alerts.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == alerts.count)
        try restarted.send("5")
        let (restored, again) = try restarted.waitForScreen(timeout: 15) {
            Self.row("Slow fsync on n2", in: $0)?.contains("ack alice") == true && Self.row("Queue backlog on n1", in: $0) != nil
        }
        #expect(restored, "the journalled acknowledgement is restored after the restart: \(again)")
        #expect(Self.row("Queue backlog on n1", in: again)?.contains("unacked") == true, "\(Self.row("Queue backlog on n1", in: again) ?? again)")
        #expect(again.contains("journal not writable (read-only file system): acks unsaved"), "\(again)")
        try restarted.send("q")
        #expect(try restarted.waitForExit(timeout: 10) == 0)
        #expect(try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count == 2)
    }

    /// Writes `path` until the file system is full.
    private static func fill(_ path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Filters the zoomed Alerts pane with `filter` (Esc in the prompt clears the one before), waits for the row of
    /// `title`, and acknowledges it without a note.
    private static func acknowledge(_ title: String, filter: String, in console: TmuxSession) throws {
        try console.send("/")
        try console.send("Escape")
        try console.send("/")
        try console.type(filter)
        try console.send("Enter")
        let (listed, screen) = try console.waitForScreen(timeout: 15) { row(title, in: $0) != nil }
        try #require(listed, "\(title) is listed: \(screen)")
        try console.send("a")
        let (prompted, prompt) = try console.waitForScreen(timeout: 10) { $0.contains("- note: _") }
        try #require(prompted, "a opens the note prompt: \(prompt)")
        try console.send("Enter")
    }

    private static func row(_ title: String, in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(title) }.map(String.init)
    }
}
