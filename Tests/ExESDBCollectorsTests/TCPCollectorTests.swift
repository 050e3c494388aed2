import Foundation
import Testing
@testable import ExESDBCollectors

@Suite(.serialized) struct TCPCollectorTests {
    private let fastRetry = TCPOptions(
        backoff: BackoffPolicy(initialDelay: 0.02, maximumDelay: 0.1, healthyAfter: 10), connectTimeout: 1)

    @Test func reconnectsThroughTwentyServerRestartsWithoutLosingLines() async throws {
        let server = try TestTCPServer()
        let collector = TCPCollector(host: "127.0.0.1", port: Int(server.port), options: fastRetry)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        var expected: [String] = []
        var dropLatencies: [Double] = []
        for round in 0..<20 {
            if round > 0 { try server.listen() }
            #expect(collector.send(line: Array("hello \(round)".utf8)))
            let connection = try #require(await server.accept(timeout: 30))
            #expect(await connection.readLine() == "hello \(round)")
            let lines = (0..<50).map { "{\"round\":\(round),\"line\":\($0)}" }
            expected += lines
            connection.write(lines.joined(separator: "\n") + "\n")
            let disconnectsBefore = log.states.filter { if case .disconnected = $0.state { true } else { false } }.count
            if round.isMultiple(of: 2) {
                connection.close()
            } else {
                #expect(await log.wait(timeout: 15) { $0.lines.count == expected.count })
                connection.reset()
            }
            let droppedAt = ProcessInfo.processInfo.systemUptime
            server.stop()
            let noticed = await log.wait(timeout: 15) { log in
                log.states.filter { if case .disconnected = $0.state { true } else { false } }.count > disconnectsBefore
            }
            #expect(noticed)
            let disconnect = log.states.filter { if case .disconnected = $0.state { true } else { false } }[disconnectsBefore]
            dropLatencies.append(disconnect.at - droppedAt)
        }
        #expect(await log.wait(timeout: 15) { $0.lines.count == expected.count })
        #expect(log.lines == expected)
        #expect(dropLatencies.allSatisfy { $0 < 2 })
        print("tcp: 20 restarts, \(expected.count) lines, worst drop-to-disconnected \(dropLatencies.max() ?? 0) s")
    }

    @Test func refusedConnectionIsShownWithItsReasonAndRetryTime() async throws {
        let server = try TestTCPServer()
        let port = Int(server.port)
        server.stop()
        let collector = TCPCollector(host: "127.0.0.1", port: port, options: TCPOptions(backoff: .standard))
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        let asked = Date().timeIntervalSince1970
        #expect(await log.wait(timeout: 15) { $0.firstDisconnection != nil })
        let (reason, retryAt) = try #require(log.firstDisconnection)
        #expect(reason == "connection refused")
        let wait = retryAt - asked
        #expect(wait > 0.35 && wait <= 0.7)
        #expect(collector.id == SourceID("tcp://127.0.0.1:\(port)"))
    }

    @Test func sendQueueIsBoundedWhileDisconnected() async throws {
        let server = try TestTCPServer()
        let port = Int(server.port)
        server.stop()
        var options = fastRetry
        options.sendQueueLimit = 3
        let collector = TCPCollector(host: "127.0.0.1", port: port, options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        for number in 1...5 { collector.send(line: Array("ack \(number)".utf8)) }
        #expect(collector.droppedSendCount == 2)
        try server.listen()
        let connection = try #require(await server.accept(timeout: 30))
        #expect([await connection.readLine(), await connection.readLine(), await connection.readLine()] == ["ack 3", "ack 4", "ack 5"])
    }
}
