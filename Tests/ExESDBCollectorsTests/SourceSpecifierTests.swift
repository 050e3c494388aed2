import Testing
@testable import ExESDBCollectors

@Suite struct SourceSpecifierTests {
    @Test(arguments: [
        ("proc", SourceSpecifier.proc),
        ("demo", .demo),
        ("-", .standardInput),
        ("tcp://127.0.0.1:7755", .tcp(host: "127.0.0.1", port: 7755)),
        ("tcp://[::1]:9000", .tcp(host: "::1", port: 9000)),
        ("ssh://ops@node2", .ssh(destination: "ops@node2", port: nil, remotePath: nil)),
        ("ssh://node2:2222", .ssh(destination: "node2", port: 2222, remotePath: nil)),
        ("ssh://ops@node2:2222/var/log/exesdb.log", .ssh(destination: "ops@node2", port: 2222, remotePath: "/var/log/exesdb.log")),
        ("file:/var/log/exesdb.log", .file(path: "/var/log/exesdb.log")),
        ("/var/log/exesdb.log", .file(path: "/var/log/exesdb.log")),
        ("logs/today.ndjson", .file(path: "logs/today.ndjson")),
        ("replay:run.rec", .replay(path: "run.rec", speed: .factor(1))),
        ("replay:run.rec?speed=max", .replay(path: "run.rec", speed: .maximum)),
        ("replay:run.rec?speed=4", .replay(path: "run.rec", speed: .factor(4))),
    ])
    func parses(text: String, expected: SourceSpecifier) throws {
        #expect(try SourceSpecifier(parsing: text) == expected)
    }

    @Test(arguments: [
        ("tcp://host", "a port is needed"),
        ("tcp://host:99999", "is not a port"),
        ("tcp://:7755", "a host is needed"),
        ("http://x:1", "unknown source scheme http://"),
        ("replay:x?speed=fast", "speed must be a positive number or max"),
        ("replay:x?pace=2", "the only option is ?speed=N"),
        ("", "empty source"),
    ])
    func explainsWhatIsWrong(text: String, message: String) {
        #expect(throws: SourceSpecifierError.self) { try SourceSpecifier(parsing: text) }
        do {
            _ = try SourceSpecifier(parsing: text)
        } catch {
            #expect(error.description.contains(message))
        }
    }

    @Test func describesItselfAsItWasWritten() throws {
        for text in ["tcp://127.0.0.1:7755", "ssh://ops@node2:2222/var/log/x", "replay:r?speed=max", "file:/x", "proc", "-"] {
            #expect(try SourceSpecifier(parsing: text).description == text)
        }
    }

    @Test func onlyBridgeLinksAreBidirectional() throws {
        #expect(try SourceSpecifier(parsing: "tcp://h:1").isBidirectional)
        #expect(try SourceSpecifier(parsing: "ssh://h").isBidirectional)
        #expect(try !SourceSpecifier(parsing: "ssh://h/var/log/x").isBidirectional)
        #expect(try !SourceSpecifier(parsing: "file:/x").isBidirectional)
    }
}
