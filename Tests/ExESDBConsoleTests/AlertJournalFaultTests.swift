import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBConsole

/// The journal on a real file system that fills up or turns read-only: the failed append says why in the
/// operator's words, leaves no part of its line behind, every acknowledgement saved before it is still there
/// when the journal is opened again, and appends succeed again once the file system takes writes.
@Suite struct AlertJournalFaultTests {
    private func ack(_ key: String, note: String? = "on it", at time: Double) -> JournalEntry {
        .acknowledgement(AlertAck(alertID: key, acknowledgedBy: "ops@n1", note: note,
                                  acknowledgedAt: Timestamp(seconds: time)))
    }

    /// The journal's lines read back as the console reads them at start.
    private func reopened(_ directory: String) throws -> JournalReplay {
        try AlertJournal(directory: directory).recovered
    }

    @Test func aFullDiskLeavesNoPartOfTheFailedLineAndSavesAgainWhenSpaceReturns() throws {
        guard let disk = ScratchFilesystem(kibibytes: 64) else { return }
        let directory = disk.path + "/state/exesdb-top"
        let journal = try AlertJournal(directory: directory)
        try journal.append(ack("a1", at: 1_795_700_701), at: 0)
        let saved = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(disk.fill() > 0)

        // Longer than what is left of the journal's last block, so the disk takes only part of it.
        let long = ack("a2", note: String(repeating: "n", count: 9_000), at: 1_795_700_702)
        let error = #expect(throws: AlertJournalError.self) { try journal.append(long, at: 0) }
        #expect(error?.reason == "no space left on device")
        #expect(error?.description.hasSuffix("journal.ndjson: no space left on device") == true)
        #expect(try String(contentsOfFile: journal.path, encoding: .utf8) == saved, "nothing of the failed line is left")
        let whileFull = try reopened(directory)
        #expect(whileFull.entries.map(\.key) == ["a1"])
        #expect(whileFull.tornLineCount == 0)

        disk.free()
        try journal.append(ack("a3", at: 1_795_700_703), at: 0)
        let after = try reopened(directory)
        #expect(after.entries.map(\.key) == ["a1", "a3"])
        #expect(after.tornLineCount == 0 && after.unreadableLineCount == 0)
    }

    @Test func aReadOnlyFileSystemRefusesWithItsReasonAndTheJournalStillOpensAndReads() throws {
        guard let disk = ScratchFilesystem(kibibytes: 256) else { return }
        let directory = disk.path + "/state/exesdb-top"
        let journal = try AlertJournal(directory: directory)
        try journal.append(ack("a1", at: 1_795_700_701), at: 0)
        try #require(disk.remount(readOnly: true))

        let error = #expect(throws: AlertJournalError.self) { try journal.append(ack("a2", at: 1_795_700_702), at: 0) }
        #expect(error?.reason == "read-only file system")
        let restarted = try AlertJournal(directory: directory)
        #expect(restarted.recovered.entries.map(\.key) == ["a1"], "a console started now still restores a1")
        #expect(restarted.openProblem?.reason == "read-only file system")

        try #require(disk.remount(readOnly: false))
        try restarted.append(ack("a3", at: 1_795_700_703), at: 0)
        #expect(try reopened(directory).entries.map(\.key) == ["a1", "a3"])
    }

    @Test func aTornLineThatCannotBeCutAtOpeningIsCutBeforeTheNextAppend() throws {
        guard let disk = ScratchFilesystem(kibibytes: 256) else { return }
        let directory = disk.path + "/state/exesdb-top"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let first = ack("a1", at: 1_795_700_701).line
        try (first + "\n" + first.prefix(30)).write(toFile: directory + "/journal.ndjson", atomically: false, encoding: .utf8)
        try #require(disk.remount(readOnly: true))
        let journal = try AlertJournal(directory: directory)
        #expect(journal.recovered.entries.map(\.key) == ["a1"])
        #expect(journal.recovered.tornLineCount == 1)
        #expect(journal.openProblem != nil)

        try #require(disk.remount(readOnly: false))
        try journal.append(ack("a2", at: 1_795_700_702), at: 0)
        let after = try reopened(directory)
        #expect(after.entries.map(\.key) == ["a1", "a2"])
        #expect(after.tornLineCount == 0 && after.unreadableLineCount == 0)
    }
}
