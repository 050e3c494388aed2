import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBCollectors

/// A bridge that misbehaves on a real loopback socket: it stalls in the middle of a line, half-closes, resets,
/// trickles one byte a second, or sends 100 MiB without a newline. The source says what happened in words,
/// shows nothing half-received, holds no more than its line limit and goes on with the next good line.
@Suite struct TCPFaultTests {
    private let fastRetry = TCPOptions(
        backoff: BackoffPolicy(initialDelay: 0.5, maximumDelay: 1, healthyAfter: 10), connectTimeout: 1)
    /// A first retry far enough off to be counted in whole seconds on screen.
    private let secondsRetry = TCPOptions(
        backoff: BackoffPolicy(initialDelay: 3, maximumDelay: 3, healthyAfter: 10), connectTimeout: 1)

    private static func heartbeat(_ sequence: Int) -> String {
        #"{"type":"Heartbeat","node":"n1@db","sequence":\#(sequence),"interval_ms":500}"#
    }

    private func waitFor(_ live: LiveState, timeout: Double = 15, _ condition: (LiveState.Contents) -> Bool) async -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if live.withContents({ condition($0) }) { return true }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return live.withContents { condition($0) }
    }

    /// A test server and a TCP collector started against it, delivering into a log.
    private func startedCollector(options: TCPOptions) throws -> (TestTCPServer, TCPCollector, OutputLog) {
        let server = try TestTCPServer()
        let collector = TCPCollector(host: "127.0.0.1", port: Int(server.port), options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        return (server, collector, log)
    }

    private static func lastSequence(_ contents: LiveState.Contents) -> Int? {
        contents.store.nodes["n1@db"]?.lastHeartbeat?.value.sequence
    }

    @Test func aPeerStalledMidLineShowsNothingHalfGoesStaleAndTheFinishedLineDecodes() async throws {
        let server = try TestTCPServer()
        let collector = TCPCollector(host: "127.0.0.1", port: Int(server.port), options: fastRetry)
        let live = LiveState(sources: [collector.id])
        let hub = SourceHub(collectors: [collector])
        hub.start(sink: live.apply)
        defer { hub.stop(timeout: 1) }
        let connection = try #require(await server.accept(timeout: 30))
        let second = Self.heartbeat(2)
        let cut = second.index(second.startIndex, offsetBy: 30)
        connection.write(Self.heartbeat(1) + "\n" + second[..<cut])

        #expect(await waitFor(live) { Self.lastSequence($0) == 1 })
        let wentStale = await waitFor(live, timeout: 10) { contents in
            contents.store.clusterView(at: Date().timeIntervalSince1970).staleNodes == ["n1@db"]
        }
        #expect(wentStale, "two missed 500 ms heartbeats make the node stale")
        live.withContents { contents in
            #expect(Self.lastSequence(contents) == 1, "the half line is held, not decoded")
            #expect(contents.store.counters.rejected == 0, "the half line is not rejected either")
            #expect(contents.sourceStates[collector.id] == .connected)
        }

        connection.write(String(second[cut...]) + "\n")
        #expect(await waitFor(live) { Self.lastSequence($0) == 2 })
        #expect(live.withContents { $0.store.counters.rejected } == 0)
    }

    @Test func aHalfCloseIsShownAsClosedByThePeerWithTheRetry() async throws {
        let (server, collector, log) = try startedCollector(options: secondsRetry)
        defer { collector.stop() }
        let connection = try #require(await server.accept(timeout: 30))
        connection.write(Self.heartbeat(1) + "\n" + "{\"type\":\"Heart")
        #expect(await log.wait(timeout: 15) { $0.lines.count == 1 })
        let closedAt = WallClock.now()
        #expect(shutdown(connection.descriptor, Int32(SHUT_WR)) == 0)

        #expect(await log.wait(timeout: 2) { $0.firstDisconnection != nil }, "a half-close is noticed within 2 s")
        let (reason, retryAt) = try #require(log.firstDisconnection)
        #expect(reason == "connection closed by peer")
        let text = SourceState.disconnected(reason: reason, retryAt: retryAt).description(at: closedAt)
        #expect(text.contains(/^disconnected: connection closed by peer, retrying in [2-4] s$/), "\(text)")
        #expect(log.lines == [Self.heartbeat(1)], "the unfinished line is not shown")
        #expect(await server.accept(timeout: 5) != nil, "it connects again")
    }

    @Test func aResetIsShownWithItsReason() async throws {
        let (server, collector, log) = try startedCollector(options: secondsRetry)
        defer { collector.stop() }
        let connection = try #require(await server.accept(timeout: 30))
        connection.write(Self.heartbeat(1) + "\n")
        #expect(await log.wait(timeout: 15) { $0.lines.count == 1 })
        let resetAt = WallClock.now()
        connection.reset()

        #expect(await log.wait(timeout: 2) { $0.firstDisconnection != nil }, "a reset is noticed within 2 s")
        let (reason, retryAt) = try #require(log.firstDisconnection)
        #expect(reason == "connection reset by peer")
        let text = SourceState.disconnected(reason: reason, retryAt: retryAt).description(at: resetAt)
        #expect(text.contains(/^disconnected: connection reset by peer, retrying in [2-4] s$/), "\(text)")
    }

    @Test func oneByteASecondArrivesAsOneWholeLineWhileSendingStaysImmediate() async throws {
        let (server, collector, log) = try startedCollector(options: fastRetry)
        defer { collector.stop() }
        let connection = try #require(await server.accept(timeout: 30))
        let line = #"{"n":1}"#
        var answers: [Double] = []
        for byte in line {
            connection.write(String(byte))
            let asked = ProcessInfo.processInfo.systemUptime
            #expect(collector.send(line: Array("ack while trickling".utf8)))
            answers.append(ProcessInfo.processInfo.systemUptime - asked)
            #expect(await connection.readLine(timeout: 5) == "ack while trickling")
            #expect(log.lines.isEmpty, "nothing is shown before the newline")
            try await Task.sleep(nanoseconds: 1_000_000_000)
        }
        connection.write("\n")
        #expect(await log.wait(timeout: 5) { $0.lines == [line] })
        #expect(log.receivedLines.count == 1)
        #expect(log.lastState == .connected)
        #expect(answers.allSatisfy { $0 < 0.1 }, "sending upstream never waits on the trickle: \(answers)")
        print("tcp one byte a second: \(line.utf8.count + 1) bytes, slowest send \(answers.max() ?? 0) s")
    }

    /// Memory is measured where it is clean: here the framer's buffer (below), and the console's own resident set
    /// end to end (ConsoleStreamFaultTests); this process runs other suites at the same time.
    @Test func oneHundredMegabytesWithoutANewlineAreOneRejectionAndTheNextLineDecodes() async throws {
        let (server, collector, log) = try startedCollector(options: fastRetry)
        defer { collector.stop() }
        let connection = try #require(await server.accept(timeout: 30))
        let chunk = String(repeating: "x", count: 1 << 20)
        for _ in 0..<100 { connection.write(chunk) }
        connection.write("\n" + Self.heartbeat(7) + "\n")
        #expect(await log.wait(timeout: 60) { $0.lines == [Self.heartbeat(7)] }, "the line after the newline decodes")
        let notices = log.oversizeNotices
        #expect(notices.count == 1, "one rejection for the one long line")
        #expect(notices.last?.totalDiscarded == 1)
        #expect(notices.last?.limit == LineFramer.defaultMaximumLineLength)
        #expect(log.lastState == .connected)
    }

    @Test func theFramerHoldsNoMoreThanItsLimitOfAnEndlessLine() {
        var framer = LineFramer()
        let chunk = [UInt8](repeating: 0x78, count: 65_536)
        var largest = 0, oversize = 0
        for _ in 0..<(100 << 4) {
            oversize += framer.append(chunk).oversizeLines
            largest = max(largest, framer.bufferedByteCount)
        }
        let after = framer.append(Array(("\n" + Self.heartbeat(1) + "\n").utf8))
        #expect(oversize == 1)
        #expect(largest <= LineFramer.defaultMaximumLineLength + 1)
        #expect(after.lines.map { String(decoding: $0, as: UTF8.self) } == [Self.heartbeat(1)])
    }
}
