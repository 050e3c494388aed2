import Foundation
import Testing

/// A console's own folders for one test (`XDG_STATE_HOME`, `XDG_CONFIG_HOME` inside a fresh temporary folder,
/// removed afterwards), with a journal that already holds an earlier acknowledgement, so a fault test can show
/// that the journal still holds every acknowledgement when the fault is over.
final class ConsoleHome {
    /// The folder.
    let url: URL
    /// The journal line written before the console starts.
    static let earlierAcknowledgement = #"{"type":"AlertAck","alert_id":"earlier-1","ack_by":"bob","ack_note":"before the fault","resolution":null,"ack_timestamp":"2026-11-26T13:45:01.000Z","timestamp":"2026-11-26T13:45:01.000Z","journal_action":"acknowledge"}"#

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("exesdb-top-home-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (Self.earlierAcknowledgement + "\n").write(to: journal, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The pane's environment: UTF-8 and these folders.
    var environment: [String: String] {
        ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": url.appendingPathComponent("state").path,
         "XDG_CONFIG_HOME": url.appendingPathComponent("config").path]
    }

    /// The alert journal.
    var journal: URL { url.appendingPathComponent("state/exesdb-top/journal.ndjson") }

    /// The journal's lines, in order.
    func journalLines() throws -> [String] {
        try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The journal's lines as JSON objects.
    func journalEntries() throws -> [[String: Any]] {
        try journalLines().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    /// A console session with these folders running `exesdb-top` with `arguments` (a shell command line tail, e.g.
    /// `--demo` or `--source - < fifo`), printing its exit status when it ends.
    func console(_ arguments: String, environment extra: [String: String] = [:], width: Int = 160, height: Int = 48) throws
        -> TmuxSession {
        try TmuxSession("'\(Binary.path)' \(arguments); echo \"\(TmuxSession.exitMarker)$?\"", width: width, height: height,
                        environment: environment.merging(extra) { $1 })
    }
}
