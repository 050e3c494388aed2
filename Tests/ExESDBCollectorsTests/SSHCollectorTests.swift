import Foundation
import Testing
@testable import ExESDBCollectors

@Suite(.serialized) struct SSHCollectorTests {
    private let fast = BackoffPolicy(initialDelay: 0.1, maximumDelay: 0.3)

    private func server() async throws -> TestSSHServer? {
        let server = try await TestSSHServer()
        if server == nil { print("SSH tests skipped: /usr/sbin/sshd is not installed or did not start") }
        return server
    }

    @Test func bridgesBothWaysThroughSshDashWAndReconnects() async throws {
        guard let sshd = try await server() else { return }
        let bridge = try TestTCPServer()
        let options = SSHOptions(backoff: fast, bridgePort: Int(bridge.port), extraArguments: sshd.clientArguments())
        let collector = SSHCollector(target: SSHTarget(user: "root", host: "127.0.0.1", port: Int(sshd.port)), options: options)
        #expect(collector.id == SourceID("ssh://root@127.0.0.1:\(sshd.port)"))
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }

        let first = try #require(await bridge.accept(timeout: 10))
        first.write("{\"type\":\"Heartbeat\",\"node\":\"node1@db\"}\n")
        #expect(await log.wait(timeout: 15) { $0.lines == ["{\"type\":\"Heartbeat\",\"node\":\"node1@db\"}"] })
        #expect(log.lastState == .connected)
        collector.send(line: Array("{\"type\":\"AlertAck\",\"alert_id\":\"a1\"}".utf8))
        #expect(await first.readLine() == "{\"type\":\"AlertAck\",\"alert_id\":\"a1\"}")

        first.close()
        #expect(await log.wait(timeout: 15) { $0.firstDisconnection != nil })
        let second = try #require(await bridge.accept(timeout: 10))
        second.write("after reconnect\n")
        #expect(await log.wait(timeout: 15) { $0.lines.last == "after reconnect" })
    }

    @Test func followsARemoteFileWithTail() async throws {
        guard let sshd = try await server() else { return }
        let path = sshd.directory.appendingPathComponent("remote app.log").path
        try "already there\n".write(toFile: path, atomically: false, encoding: .utf8)
        let options = SSHOptions(backoff: fast, extraArguments: sshd.clientArguments())
        let target = SSHTarget(host: "127.0.0.1", port: Int(sshd.port), path: path)
        let collector = SSHCollector(target: target, options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 10) { $0.lastState == .connected })
        try await Task.sleep(nanoseconds: 300000000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("new line\n".utf8))
        try handle.close()
        #expect(await log.wait(timeout: 15) { $0.lines == ["new line"] })
        #expect(!collector.send(line: Array("ignored".utf8)))
    }

    @Test func showsWhySshFailed() async throws {
        guard let sshd = try await server() else { return }
        let stranger = sshd.directory.appendingPathComponent("stranger_key").path
        let options = SSHOptions(backoff: BackoffPolicy(initialDelay: 5), extraArguments: sshd.clientArguments(key: stranger))
        let collector = SSHCollector(target: SSHTarget(host: "127.0.0.1", port: Int(sshd.port)), options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 10) { $0.firstDisconnection != nil })
        let reason = try #require(log.firstDisconnection).reason
        #expect(reason.contains("Permission denied"))
    }
}
