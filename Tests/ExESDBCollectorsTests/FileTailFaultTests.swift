import Foundation
import Testing
@testable import ExESDBCollectors

/// A followed file deleted and created again, as `tail -F` would see it: the source says the file was removed,
/// then follows the new one from its first line, losing none of its lines.
@Suite struct FileTailFaultTests {
    @Test func aDeletedFileIsReportedAndEveryLineOfItsSuccessorArrives() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tail-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("exesdb.log").path
        try "before start\n".write(toFile: path, atomically: false, encoding: .utf8)
        let collector = FileTailCollector(path: path, pollInterval: 0.02)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lastState == .connected })
        let old = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try old.seekToEnd()
        try old.write(contentsOf: Data("old 1\n".utf8))
        #expect(await log.wait(timeout: 15) { $0.lines == ["old 1"] })

        try FileManager.default.removeItem(atPath: path)
        try old.write(contentsOf: Data("old 2, written after the name was removed\n".utf8))
        try old.close()
        #expect(await log.wait(timeout: 5) { $0.lastState == .waiting(for: "\(path) (file removed)") })
        #expect(log.lastState?.description(at: 0) == "waiting for \(path) (file removed)")

        let lines = (1...200).map { "new \($0)" }
        try (lines[..<100].joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let new = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try new.seekToEnd()
        try new.write(contentsOf: Data((lines[100...].joined(separator: "\n") + "\n").utf8))
        try new.close()
        let expected = ["old 1", "old 2, written after the name was removed"] + lines
        #expect(await log.wait(timeout: 15) { $0.lines == expected }, "\(log.lines.suffix(3))")
        #expect(log.lastState == .connected)
    }
}
