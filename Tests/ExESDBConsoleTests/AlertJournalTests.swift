import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBConsole

@Suite struct AlertJournalTests {
    private let directory = TemporaryDirectory()
    private var stateDirectory: String { directory.path + "/state/exesdb-top" }

    private func ack(_ key: String, by: String = "ops@n1", note: String? = "on it", at time: Double,
                     resolution: String? = nil) -> JournalEntry {
        .acknowledgement(AlertAck(alertID: key, acknowledgedBy: by, note: note, resolution: resolution,
                                  acknowledgedAt: Timestamp(seconds: time)))
    }

    @Test func appendedEntriesAreReplayedInOrderWhenReopened() throws {
        let journal = try AlertJournal(directory: stateDirectory)
        #expect(journal.recovered == JournalReplay())
        let entries: [JournalEntry] = [
            ack("a1", at: 1_795_700_701.25),
            .silence(AlertSilence(key: "metric:n2:memory_usage", until: 1_795_704_301, silencedBy: "ops@n1", since: 1_795_700_701)),
            ack("a1", by: "lead", note: nil, at: 1_795_700_800, resolution: "restarted"),
            .liftedSilence(key: "metric:n2:memory_usage", by: "ops@n1", at: 1_795_700_900),
        ]
        for entry in entries { try journal.append(entry, at: entry.time) }
        #expect(journal.entryCount == 4)
        let reopened = try AlertJournal(directory: stateDirectory)
        #expect(reopened.recovered.entries == entries)
        #expect(reopened.recovered.tornLineCount == 0)
    }

    @Test func linesAreTheAlertAckFormWithAJournalAction() throws {
        let journal = try AlertJournal(directory: stateDirectory)
        try journal.append(ack("a1", at: 1_795_700_701), at: 0)
        try journal.append(.silence(AlertSilence(key: "k", until: 1_795_700_761, silencedBy: "me", since: 1_795_700_701)), at: 0)
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(text == """
            {"type":"AlertAck","alert_id":"a1","ack_by":"ops@n1","ack_note":"on it","resolution":null,"ack_timestamp":"2026-11-26T13:45:01.000Z","timestamp":"2026-11-26T13:45:01.000Z","journal_action":"acknowledge"}
            {"type":"AlertAck","alert_id":"k","ack_by":"me","ack_note":null,"resolution":null,"ack_timestamp":"2026-11-26T13:45:01.000Z","timestamp":"2026-11-26T13:45:01.000Z","journal_action":"silence","until":"2026-11-26T13:46:01.000Z"}

            """)
    }

    @Test func aTornLastLineIsReportedAndCutSoTheNextAppendStartsClean() throws {
        let first = ack("a1", at: 1_795_700_701).line
        let second = ack("a2", at: 1_795_700_702).line
        try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        let path = stateDirectory + "/journal.ndjson"
        try (first + "\n" + "not json\n" + second + "\n" + String(second.prefix(40))).write(toFile: path, atomically: false, encoding: .utf8)
        let journal = try AlertJournal(directory: stateDirectory)
        #expect(journal.recovered.entries.map(\.key) == ["a1", "a2"])
        #expect(journal.recovered.tornLineCount == 1)
        #expect(journal.recovered.unreadableLineCount == 1)
        try journal.append(ack("a3", at: 1_795_700_703), at: 0)
        let reopened = try AlertJournal(directory: stateDirectory)
        #expect(reopened.recovered.entries.map(\.key) == ["a1", "a2", "a3"])
        #expect(reopened.recovered.tornLineCount == 0)
    }

    @Test func theFileIsPrivateToItsOwner() throws {
        let journal = try AlertJournal(directory: stateDirectory)
        try journal.append(ack("a1", at: 1), at: 1)
        let file = try FileManager.default.attributesOfItem(atPath: journal.path)
        let folder = try FileManager.default.attributesOfItem(atPath: stateDirectory)
        #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func compactionKeepsTheLatestAcknowledgementPerKeyAndRunningSilences() throws {
        let journal = try AlertJournal(directory: stateDirectory, compactAfter: 8)
        let now = 1_795_700_000.0
        let running = AlertSilence(key: "s-running", until: now + 3600, silencedBy: "me", since: now - 10)
        let entries: [JournalEntry] = [
            ack("a1", note: "first", at: now - 100),
            .silence(running),
            .silence(AlertSilence(key: "s-ended", until: now - 1, silencedBy: "me", since: now - 50)),
            .silence(AlertSilence(key: "s-lifted", until: now + 3600, silencedBy: "me", since: now - 40)),
            .liftedSilence(key: "s-lifted", by: "me", at: now - 30),
            ack("a2", at: now - 20),
            ack("a1", note: "second", at: now - 10),
            ack("a3", at: now - 5),
        ]
        for entry in entries { try journal.append(entry, at: now) }
        #expect(journal.entryCount == 8)
        try journal.append(ack("a1", note: "third", at: now), at: now)
        #expect(journal.entryCount == 4)
        #expect(journal.compactionError == nil)
        let kept = try AlertJournal(directory: stateDirectory).recovered.entries
        #expect(kept == [.silence(running), ack("a2", at: now - 20), ack("a3", at: now - 5), ack("a1", note: "third", at: now)])
        #expect(!FileManager.default.fileExists(atPath: journal.path + ".tmp"))
        let file = try FileManager.default.attributesOfItem(atPath: journal.path)
        #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func anUnwritableJournalThrowsAClearError() throws {
        let journal = try AlertJournal(directory: stateDirectory)
        try journal.append(ack("a1", at: 1), at: 1)
        try FileManager.default.removeItem(atPath: stateDirectory)
        _ = FileManager.default.createFile(atPath: stateDirectory, contents: Data("a file, not a directory".utf8))
        #expect(throws: AlertJournalError(path: journal.path, action: "open", reason: "not a directory")) {
            try journal.append(ack("a2", at: 2), at: 2)
        }
        #expect(throws: AlertJournalError(path: stateDirectory, action: "create the directory", reason: "not a directory")) {
            _ = try AlertJournal(directory: stateDirectory)
        }
        do {
            _ = try AlertJournal(directory: "/proc/self/exesdb-top")
            Issue.record("a journal under /proc opened")
        } catch {
            #expect(error.description.hasPrefix("cannot create the directory /proc/self/exesdb-top: "))
        }
    }

    @Test func aReplayRestoresAcknowledgementsAndRunningSilencesIntoTheBook() throws {
        let journal = try AlertJournal(directory: stateDirectory)
        let now = 1_795_700_800.0
        try journal.append(ack("a1", at: 1_795_700_750), at: now)
        try journal.append(.silence(AlertSilence(key: "a2", until: now + 600, silencedBy: "me", since: now - 60)), at: now)
        var book = AlertBook()
        try AlertJournal(directory: stateDirectory).recovered.restore(into: &book, at: now)
        #expect(book.silences.map(\.key) == ["a2"])
        let line = #"{"type":"SystemAlert","alert_id":"a1","severity":"critical","title":"t","timestamp":"2026-11-26T13:45:01.000Z"}"#
        guard case .event(let event) = EventDecoder().decode(line, receivedAt: now) else {
            Issue.record("alert line did not decode")
            return
        }
        book.apply(event, at: now)
        #expect(book.alert("a1")?.state == .acknowledged)
        #expect(book.alert("a1")?.acknowledgedBy == "ops@n1")
        #expect(book.alert("a1")?.acknowledgementSaved == true)
    }
}
