import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct DemoServerTests {
    @Test func rebroadcastsAnAlertAckFromOneClientToAnother() async throws {
        let server = DemoServer(seed: 3, speed: 5)
        let port = try server.start(port: 0)
        defer { server.stop() }
        let fast = TCPOptions(backoff: BackoffPolicy(initialDelay: 0.05, maximumDelay: 0.2))
        let operatorA = TCPCollector(host: "127.0.0.1", port: port, options: fast)
        let operatorB = TCPCollector(host: "127.0.0.1", port: port, options: fast)
        let logA = OutputLog()
        let logB = OutputLog()
        operatorA.start(deliver: logA.deliver)
        operatorB.start(deliver: logB.deliver)
        defer {
            operatorA.stop()
            operatorB.stop()
        }
        #expect(await logA.wait(timeout: 15) { $0.lines.contains { $0.contains("\"type\":\"Heartbeat\"") } })
        #expect(await logB.wait(timeout: 15) { $0.lines.contains { $0.contains("\"type\":\"Heartbeat\"") } })
        let ack = #"{"type":"AlertAck","alert_id":"demo-0-node4-failure","ack_by":"ops@a","ack_note":"on it"}"#
        operatorA.send(line: Array(ack.utf8))
        operatorA.send(line: Array(#"{"type":"Heartbeat","node":"spoof@a"}"#.utf8))
        #expect(await logB.wait(timeout: 15) { $0.lines.contains(ack) })
        #expect(await logA.wait(timeout: 15) { $0.lines.contains(ack) })
        #expect(!logB.lines.contains { $0.contains("spoof@a") })
        #expect(server.clientCount == 2)
    }

    @Test func slowClientLosesItsOldestLinesWhileOthersKeepUp() async throws {
        let server = DemoServer(seed: 3, speed: 100, clientQueueLimit: 200)
        let port = try server.start(port: 0)
        defer { server.stop() }
        let stalled = try #require(TestConnection.connect(port: UInt16(port)))
        defer { stalled.close() }
        let reader = TCPCollector(host: "127.0.0.1", port: port)
        let log = OutputLog()
        reader.start(deliver: log.deliver)
        defer { reader.stop() }
        #expect(await log.wait(timeout: 10) { _ in server.droppedLineCount > 1_000 })
        let before = log.lines.count
        #expect(await log.wait(timeout: 15) { $0.lines.count > before + 1_000 })
    }
}
