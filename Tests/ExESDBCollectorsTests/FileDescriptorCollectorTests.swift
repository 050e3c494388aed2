import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct FileDescriptorCollectorTests {
    @Test func readsAPipeUntilEndOfFile() async throws {
        let pipe = Pipe()
        let collector = FileDescriptorCollector(descriptor: pipe.fileHandleForReading.fileDescriptor)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        try pipe.fileHandleForWriting.write(contentsOf: Data("{\"type\":\"Heartbeat\"}\r\nraw log ".utf8))
        #expect(await log.wait(timeout: 15) { $0.lines == ["{\"type\":\"Heartbeat\"}"] })
        try pipe.fileHandleForWriting.write(contentsOf: Data("line\nunterminated".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(await log.wait(timeout: 15) { $0.lastState == .ended })
        #expect(log.lines == ["{\"type\":\"Heartbeat\"}", "raw log line", "unterminated"])
        #expect(collector.id == SourceID("-"))
    }
}
