import Testing
@testable import ExESDBCollectors

@Suite struct SourceDescriptorTests {
    @Test(arguments: [
        ("tcp://10.0.0.5:7755", SourceDescriptor.tcp(host: "10.0.0.5", port: 7755), "tcp://10.0.0.5:7755"),
        ("tcp://db1", .tcp(host: "db1", port: 7755), "tcp://db1:7755"),
        ("tcp://[::1]:9000", .tcp(host: "::1", port: 9000), "tcp://[::1]:9000"),
        ("file:/var/log/x", .file(path: "/var/log/x"), "file:/var/log/x"),
        ("/var/log/y.log", .file(path: "/var/log/y.log"), "file:/var/log/y.log"),
        ("-", .standardInput, "-"),
        ("proc", .proc, "proc"),
        ("demo", .demo, "demo"),
        ("ssh://ops@db1:2222", .ssh(SSHTarget(user: "ops", host: "db1", port: 2222)), "ssh://ops@db1:2222"),
        ("ssh://db1/var/log/ex.log", .ssh(SSHTarget(host: "db1", path: "/var/log/ex.log")), "ssh://db1/var/log/ex.log"),
        ("replay:/tmp/r.ndjson?speed=4", .replay(path: "/tmp/r.ndjson", speed: .factor(4)), "replay:/tmp/r.ndjson"),
        ("replay:/tmp/r.ndjson?speed=max", .replay(path: "/tmp/r.ndjson", speed: .maximum), "replay:/tmp/r.ndjson"),
        ("replay:r.ndjson", .replay(path: "r.ndjson", speed: .factor(1)), "replay:r.ndjson"),
    ])
    func parsesOperatorNames(text: String, expected: SourceDescriptor, name: String) throws {
        let descriptor = try SourceDescriptor(parsing: text)
        #expect(descriptor == expected)
        #expect(descriptor.id.name == name)
        #expect(descriptor.makeCollector().id == descriptor.id)
    }

    @Test(arguments: ["", "tcp://", "tcp://db1:99999", "tcp://db1:x", "http://db1", "replay:x?speed=fast", "ssh://@db1", "file:"])
    func rejectsNonsense(text: String) {
        #expect(throws: SourceParseError.self) { try SourceDescriptor(parsing: text) }
    }

    @Test func onlyBridgesCarryAcknowledgements() throws {
        #expect(try SourceDescriptor(parsing: "tcp://db1").isBidirectional)
        #expect(try SourceDescriptor(parsing: "ssh://db1").isBidirectional)
        #expect(try !SourceDescriptor(parsing: "ssh://db1/var/log/x").isBidirectional)
        #expect(try !SourceDescriptor(parsing: "demo").isBidirectional)
        #expect(!FileTailCollector(path: "/x").send(line: [1]))
    }
}
