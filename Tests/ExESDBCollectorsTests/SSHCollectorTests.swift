import Foundation
import Testing
@testable import ExESDBCollectors

@Suite(.serialized) struct SSHCollectorTests {
    private let fast = BackoffPolicy(initialDelay: 0.1, maximumDelay: 0.3)

    private func server() throws -> TestSSHServer? {
        let server = try TestSSHServer()
        if server == nil { print("SSH tests skipped: /usr/sbin/sshd is not installed or did not start") }
        return server
    }

    @Test func bridgesBothWaysThroughSshDashWAndReconnects() throws {
        guard let sshd = try server() else { return }
        let bridge = try TestTCPServer()
        let options = SSHOptions(backoff: fast, bridgePort: Int(bridge.port), extraArguments: sshd.clientArguments())
        let collector = SSHCollector(target: SSHTarget(user: "root", host: "127.0.0.1", port: Int(sshd.port)), options: options)
        #expect(collector.id == SourceID("ssh://root@127.0.0.1:\(sshd.port)"))
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }

        let first = try #require(bridge.accept(timeout: 30))
        first.write("{\"type\":\"Heartbeat\",\"node\":\"node1@db\"}\n")
        #expect(log.wait(timeout: 5) { $0.lines == ["{\"type\":\"Heartbeat\",\"node\":\"node1@db\"}"] })
        #expect(log.lastState == .connected)
        collector.send(line: Array("{\"type\":\"AlertAck\",\"alert_id\":\"a1\"}".utf8))
        #expect(first.readLine() == "{\"type\":\"AlertAck\",\"alert_id\":\"a1\"}")

        first.close()
        #expect(log.wait(timeout: 5) { if case .disconnected = $0.lastState { true } else { false } })
        let second = try #require(bridge.accept(timeout: 30))
        second.write("after reconnect\n")
        #expect(log.wait(timeout: 5) { $0.lines.last == "after reconnect" })
    }

    @Test func followsARemoteFileWithTail() throws {
        guard let sshd = try server() else { return }
        let path = sshd.directory.appendingPathComponent("remote app.log").path
        try "already there\n".write(toFile: path, atomically: false, encoding: .utf8)
        let options = SSHOptions(backoff: fast, extraArguments: sshd.clientArguments())
        let target = SSHTarget(host: "127.0.0.1", port: Int(sshd.port), path: path)
        let collector = SSHCollector(target: target, options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(log.wait(timeout: 10) { $0.lastState == .connected })
        Thread.sleep(forTimeInterval: 0.3)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("new line\n".utf8))
        try handle.close()
        #expect(log.wait(timeout: 5) { $0.lines == ["new line"] })
        #expect(!collector.send(line: Array("ignored".utf8)))
    }

    @Test func showsWhySshFailed() throws {
        guard let sshd = try server() else { return }
        let stranger = sshd.directory.appendingPathComponent("stranger_key").path
        let options = SSHOptions(backoff: BackoffPolicy(initialDelay: 5), extraArguments: sshd.clientArguments(key: stranger))
        let collector = SSHCollector(target: SSHTarget(host: "127.0.0.1", port: Int(sshd.port)), options: options)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(log.wait(timeout: 10) { if case .disconnected = $0.lastState { true } else { false } })
        guard case .disconnected(let reason, _) = log.lastState else { return }
        #expect(reason.contains("Permission denied"))
    }
}
