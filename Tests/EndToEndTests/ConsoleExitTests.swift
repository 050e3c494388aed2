import Foundation
import Testing

/// Every way out of the console gives the terminal back as it found it (`stty -g` before and after,
/// in the same pane), ends with the status a shell script expects, and leaves the alert journal intact.
@Suite(.serialized) struct ConsoleExitTests {
    /// How the console is made to leave, and the status it must end with.
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case quitKey, terminate, hangUp, interrupt

        var status: Int32 {
            switch self {
            case .quitKey: return 0
            case .terminate: return 143
            case .hangUp: return 129
            case .interrupt: return 130
            }
        }

        var testDescription: String { rawValue }
    }

    @Test(arguments: Ending.allCases)
    func leavingRestoresTheTerminalModesAndExitsWithItsStatus(_ ending: Ending) throws {
        guard TmuxSession.isInstalled else {
            print("console tests skipped: tmux is not installed (/usr/bin/tmux)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exesdb-top-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = directory.appendingPathComponent("state/exesdb-top/journal.ndjson")
        try FileManager.default.createDirectory(at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        let acknowledgement = #"{"type":"AlertAck","alert_id":"a1","ack_by":"ops@n1","ack_note":"on it","resolution":null,"ack_timestamp":"2026-11-26T13:45:01.000Z","timestamp":"2026-11-26T13:45:01.000Z","journal_action":"acknowledge"}"# + "\n"
        try acknowledgement.write(to: journal, atomically: true, encoding: .utf8)
        let console = try TmuxSession(
            "cd '\(directory.path)' && stty -g > before; XDG_STATE_HOME='\(directory.path)/state' '\(Binary.path)' --demo; "
                + "echo $? > status; stty -g > after")
        let screen = try console.waitForDemoData()
        #expect(screen.missingDemoData() == [], "\(screen.lines.joined(separator: "\n"))")

        switch ending {
        case .quitKey:
            try console.send("q")
        case .terminate, .hangUp, .interrupt:
            let children = try console.childPIDs()
            #expect(children.count == 1, "the pane's shell runs \(children), expected the console alone")
            let signal = ending == .terminate ? SIGTERM : ending == .hangUp ? SIGHUP : SIGINT
            for child in children { kill(child, signal) }
        }
        let after = directory.appendingPathComponent("after")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, (try? String(contentsOf: after, encoding: .utf8))?.isEmpty ?? true {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let read = { (name: String) in
            (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
        #expect(!read("before").isEmpty)
        #expect(read("after") == read("before"), "terminal modes changed by \(ending)")
        #expect(read("status") == String(ending.status))
        #expect(try String(contentsOf: journal, encoding: .utf8) == acknowledgement, "the journal is intact after \(ending)")
    }
}
