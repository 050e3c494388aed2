import Foundation
import Glibc
import Testing

/// Whether `mix` is on the PATH: without it there is no BEAM node to run the bridge on.
private let mixIsInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/mix") }

/// Issue 6 end to end: a real BEAM node runs the Elixir bridge (`scripts/bridge-node`), which broadcasts ExESDB's
/// structs in all three wrappers (secure with a valid HMAC, unsecured, bare) and one secure message with a forged
/// HMAC; the console, the validator and a plain socket read the bridge on loopback; acknowledgements made by the
/// console come back into the BEAM as AlertAck broadcasts on `:ex_esdb_alerts`.
@Suite(.enabled(if: mixIsInstalled,
                "mix is not on the PATH (Debian's elixir and erlang-dev): no BEAM node to run the bridge on"))
struct BridgeEndToEndTests {
    /// One node for the whole suite: it halts when the test process ends (its standard input closes).
    static let node = Result { try ScriptedNode() }

    /// The console's environment: a UTF-8 locale, and its own config and state folders (the alert journal).
    static func consoleEnvironment() throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bridge-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": folder.path + "/config",
                "XDG_STATE_HOME": folder.path + "/state"]
    }

    @Test func theConsoleShowsWhatTheBEAMBroadcasts() throws {
        let node = try Self.node.get()
        let outcome = try Binary.run(
            ["snapshot", "--source", "tcp://127.0.0.1:\(node.port)", "--after", "3", "--plain", "--width", "200",
             "--height", "60"], environment: try Self.consoleEnvironment())
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let frame = outcome.standardOutput
        let header = frame.prefix { $0 != "\n" }
        let segments = frame.split(separator: "\n").flatMap { $0.split(separator: "│") }.map(String.init)
        func segment(_ start: String) -> String { segments.first { $0.hasPrefix(start) } ?? "" }
        func segment(containing text: String) -> String { segments.first { $0.contains(text) } ?? "" }

        #expect(header.contains("degraded") && header.contains("quorum available") && header.contains("nodes 3/4"),
                "header: \(header)")
        for healthy in ["node1@e2e", "node2@e2e", "node3@e2e"] {
            #expect(segment(healthy + " ").contains("healthy"), "\(healthy) in\n\(frame)")
        }
        #expect(segment("node4@e2e ").contains("degraded"))
        #expect(segment("reg_e2e ").contains("leader node1@e2e"))

        #expect(segment("event_emission ").contains("1.25k/s"))
        #expect(segment("stream_read ").contains("310/s"))
        #expect(segment("persistence_write").isEmpty == false)
        #expect(segment(" p95 ").contains("45ms"))
        #expect(segment(" mem ").contains("68%"))

        #expect(segment(containing: "Node node4@e2e unresponsive").contains("critical"))
        #expect(segment(containing: "memory_usage 89.5 > 85").contains("warning"))
        #expect(!frame.contains("Forged alert"), "the forged secure message reached the console")

        #expect(frame.contains("🩺 SUBSCRIBED to health events for store: reg_e2e"))
        #expect(frame.contains(#"★ EMITTER WORKER ACTIVATION ★ Topic: "reg_e2e:orders""#))
        #expect(frame.contains("⚡ BROADCASTING Event: e2e-"))
    }

    @Test func everyLineTheBridgeSendsDecodesAndTheForgedMessageIsDropped() throws {
        let node = try Self.node.get()
        let socket = try BridgeSocket(port: node.port)
        let wanted = ["ClusterHealth", "NodeHealth", "ThroughputMetric", "LatencyMetric", "ResourceUsage",
                      "SystemAlert", "MetricAlert", "LogEvent", "Heartbeat", "StoreTopology"]
        let received = socket.read(atLeast: 1, atMost: 20) { text in
            wanted.allSatisfy { text.contains(#"{"type":"\#($0)""#) }
                && Self.forgedCount(in: text).map { $0 > 0 } == true
        }
        let text = String(decoding: received, as: UTF8.self)
        let outcome = try Binary.run(["validate", "-"], input: received)

        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains(" decoded, 0 rejected"), "\(outcome.standardOutput)")
        for type in wanted {
            #expect(outcome.standardOutput.contains("  " + type + " "), "\(type) missing from \(outcome.standardOutput)")
        }
        #expect(text.contains(#""alert_id":"e2e_alert_1""#), "the secure message with a valid HMAC is missing")
        #expect(!text.contains("e2e_forged"), "the forged secure message was forwarded")
        #expect((Self.forgedCount(in: text) ?? 0) > 0, "no Heartbeat counted the forged message")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed"))
    func anAcknowledgementFromTheKeyboardIsBroadcastInTheBEAM() throws {
        let node = try Self.node.get()
        let session = try TmuxSession(
            "'\(Binary.path)' --source tcp://127.0.0.1:\(node.port) --operator ops-e2e@console; echo \"console status $?\"",
            width: 200, height: 50, environment: try Self.consoleEnvironment())
        let (shown, screen) = try session.waitForScreen(timeout: 20) { $0.contains("Node node4@e2e unresponsive") }
        try #require(shown, "the alert never showed:\n\(screen)")
        try session.send("5")
        try session.send("a")
        let (prompted, promptScreen) = try session.waitForScreen(timeout: 10) { $0.contains("Acknowledge") && $0.contains("note:") }
        try #require(prompted, "no note prompt:\n\(promptScreen)")
        try session.type("restarting node4")
        try session.send("Enter")
        let broadcast = node.waitForAck { $0.contains(#"ack_by: "ops-e2e@console""#) }
        #expect(broadcast.contains("ack secure_message(hmac verified) {:alert_acknowledged, "), "\(broadcast)")
        #expect(broadcast.contains(#"alert_id: "e2e_alert_1""#))
        #expect(broadcast.contains(#"ack_note: "restarting node4""#))
        let (acknowledged, lastScreen) = try session.waitForScreen(timeout: 10) {
            $0.split(separator: "\n").contains { $0.contains("Node node4@e2e unresponsive") && $0.contains("ops-e2e") }
        }
        #expect(acknowledged, "the console does not show who acknowledged:\n\(lastScreen)")
        try session.send("q")
        let (ended, endScreen) = try session.waitForScreen(timeout: 10) {
            $0.contains("console status 0") || $0.contains("Pane is dead (status 0")
        }
        #expect(ended, "the console did not end with status 0:\n\(endScreen)")
    }

    @Test func anAcknowledgementFromAPlainSocketIsBroadcastInTheBEAM() throws {
        let node = try Self.node.get()
        let socket = try BridgeSocket(port: node.port)
        socket.send(#"{"type":"AlertAck","alert_id":"e2e_socket_ack","ack_by":"socket@e2e","ack_note":"seen raw"}"#
                    + "\n")

        let broadcast = node.waitForAck { $0.contains(#"alert_id: "e2e_socket_ack""#) }
        #expect(broadcast.contains("ack secure_message(hmac verified) {:alert_acknowledged, "
                                   + "%ExESDBGater.Messages.AlertMessages.AlertAck{"), "\(broadcast)")
        #expect(broadcast.contains(#"ack_by: "socket@e2e""#))
        #expect(broadcast.contains(#"ack_note: "seen raw""#))

        let echo = socket.read(atLeast: 0, atMost: 10) { $0.contains(#""alert_id":"e2e_socket_ack""#) }
        let echoLine = String(decoding: echo, as: UTF8.self).split(separator: "\n")
            .first { $0.contains("e2e_socket_ack") } ?? ""
        #expect(echoLine.hasPrefix(#"{"type":"AlertAck","tag":"alert_acknowledged","pubsub":"ex_esdb_alerts""#))
    }

    /// The `forged` counter of the last Heartbeat in `text`, if there is one.
    static func forgedCount(in text: String) -> Int? {
        text.split(separator: "\n").reversed().lazy
            .filter { $0.hasPrefix(#"{"type":"Heartbeat""#) }
            .compactMap { line -> Int? in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return (object?["counters"] as? [String: Any])?["forged"] as? Int
            }
            .first
    }
}

extension BridgeEndToEndTests {
    /// Why the node or a socket could not be used.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `scripts/bridge-node`: a BEAM node with the bridge on a free loopback port and the scripted broadcasts.
    final class ScriptedNode: @unchecked Sendable {
        private(set) var port: UInt16 = 0
        private let process = Process()
        private let input = Pipe()
        private let lock = NSLock()
        private var output = ""
        private var errors = ""

        /// Starts the node and waits for it to print its port (the first `mix` run may compile the bridge first).
        init(timeout: Double = 240) throws {
            process.executableURL = Binary.repository.appendingPathComponent("scripts/bridge-node")
            process.arguments = ["--interval-ms", "500", "--max-seconds", "600"]
            let standardOutput = Pipe(), standardError = Pipe()
            process.standardInput = input
            process.standardOutput = standardOutput
            process.standardError = standardError
            try process.run()
            follow(standardOutput.fileHandleForReading) { $0.output += $1 }
            follow(standardError.fileHandleForReading) { $0.errors += $1 }
            let deadline = Date().addingTimeInterval(timeout)
            var found: UInt16?
            while found == nil, Date() < deadline, process.isRunning {
                found = lock.withLock {
                    output.split(separator: "\n").first { $0.hasPrefix("port ") }.flatMap { UInt16($0.dropFirst(5)) }
                }
                if found == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            guard let found else {
                process.terminate()
                throw Failure(description: "the bridge node printed no port in \(timeout) s:\n"
                              + lock.withLock { output + errors })
            }
            port = found
        }

        deinit {
            try? input.fileHandleForWriting.close()
        }

        /// The first `ack …` line the node printed for which `matches` holds, waiting up to `timeout` seconds;
        /// "" when none came.
        func waitForAck(timeout: Double = 15, _ matches: (String) -> Bool) -> String {
            let deadline = Date().addingTimeInterval(timeout)
            repeat {
                let line = lock.withLock {
                    output.split(separator: "\n").map(String.init).first { $0.hasPrefix("ack ") && matches($0) }
                }
                if let line { return line }
                Thread.sleep(forTimeInterval: 0.05)
            } while Date() < deadline
            return ""
        }

        private func follow(_ handle: FileHandle, into append: @escaping @Sendable (ScriptedNode, String) -> Void) {
            Thread.detachNewThread { [self] in
                while case let data = handle.availableData, !data.isEmpty {
                    let text = String(decoding: data, as: UTF8.self)
                    lock.withLock { append(self, text) }
                }
            }
        }
    }

    /// A plain TCP client of the bridge on loopback.
    final class BridgeSocket {
        private let descriptor: Int32

        init(port: UInt16) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard status == 0 else {
                close(descriptor)
                throw Failure(description: "cannot connect to 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
            }
        }

        deinit {
            close(descriptor)
        }

        /// Sends `text` as is.
        func send(_ text: String) {
            _ = Array(text.utf8).withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
        }

        /// Reads for at least `atLeast` seconds, then until `enough` holds for the text read or `atMost` seconds
        /// pass; returns the complete lines read.
        func read(atLeast: Double, atMost: Double, until enough: (String) -> Bool) -> Data {
            let start = Date()
            var received = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while Date().timeIntervalSince(start) < atMost {
                let elapsed = Date().timeIntervalSince(start)
                if elapsed >= atLeast, enough(String(decoding: received, as: UTF8.self)) { break }
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let count = recv(descriptor, &buffer, buffer.count, 0)
                guard count > 0 else { break }
                received.append(contentsOf: buffer[0..<count])
            }
            guard let lastNewline = received.lastIndex(of: 0x0A) else { return Data() }
            return Data(received[...lastNewline])
        }
    }
}
