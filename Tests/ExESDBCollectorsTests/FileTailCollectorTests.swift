import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct FileTailCollectorTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func startsAtTheEndAndFollowsAppendsHoldingPartialLines() async throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("app.log").path
        try "old line\n".write(toFile: path, atomically: false, encoding: .utf8)
        let collector = FileTailCollector(path: path, pollInterval: 0.02)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lastState == .connected })
        try append("first\nsec", to: path)
        #expect(await log.wait(timeout: 15) { $0.lines == ["first"] })
        try await Task.sleep(nanoseconds: 100000000)
        #expect(log.lines == ["first"])
        try append("ond\n", to: path)
        #expect(await log.wait(timeout: 15) { $0.lines == ["first", "second"] })
        #expect(collector.id == SourceID("file:\(path)"))
    }

    @Test func fromStartReadsWhatIsAlreadyThere() async throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("app.log").path
        try "a\nb\n".write(toFile: path, atomically: false, encoding: .utf8)
        let collector = FileTailCollector(path: path, fromStart: true, pollInterval: 0.02)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lines == ["a", "b"] })
    }

    @Test func survivesRenameRotationAndCopyTruncate() async throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("app.log").path
        try "".write(toFile: path, atomically: false, encoding: .utf8)
        let collector = FileTailCollector(path: path, pollInterval: 0.02)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lastState == .connected })

        // The writer keeps its descriptor across the rename, as a logger does until it reopens.
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try writer.write(contentsOf: Data("before rotation\n".utf8))
        #expect(await log.wait(timeout: 15) { $0.lines == ["before rotation"] })
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try writer.write(contentsOf: Data("late line in the old file\n".utf8))
        try writer.close()
        try "first of the new file\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(await log.wait(timeout: 15) { $0.lines.count == 3 })
        #expect(log.lines == ["before rotation", "late line in the old file", "first of the new file"])

        // copytruncate: copy away, truncate in place, keep appending.
        try append("second of the new file\n", to: path)
        #expect(await log.wait(timeout: 15) { $0.lines.count == 4 })
        try FileManager.default.copyItem(atPath: path, toPath: path + ".2")
        let truncator = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try truncator.truncate(atOffset: 0)
        try truncator.close()
        try await Task.sleep(nanoseconds: 100000000)
        try append("after truncation\n", to: path)
        #expect(await log.wait(timeout: 15) { $0.lines.count == 5 })
        #expect(log.lines.last == "after truncation")
    }

    @Test func waitsForAFileThatDoesNotExistYet() async throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("later.log").path
        let collector = FileTailCollector(path: path, pollInterval: 0.02)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { $0.lastState == .waiting(for: path) })
        #expect(log.lastState?.description(at: 0) == "waiting for \(path)")
        try "born\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(await log.wait(timeout: 15) { $0.lines == ["born"] })
        #expect(log.lastState == .connected)
    }
}
