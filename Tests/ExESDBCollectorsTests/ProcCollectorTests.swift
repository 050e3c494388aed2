import Foundation
import Testing
@testable import ExESDBCollectors

@Suite struct ProcCollectorTests {
    private func objects(_ log: OutputLog) -> [[String: Any]] {
        log.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func emitsResourceUsageAndSystemStateWithTheErlangVM() async throws {
        // A process whose command name is beam.smp, as a BEAM node's is, with an Erlang node name.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let beam = directory.appendingPathComponent("beam.smp")
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: "/bin/sh").resolvingSymlinksInPath().path, toPath: beam.path)
        let fakeVM = Process()
        fakeVM.executableURL = beam
        // The shell's builtin `read` waits on a pipe that never gets a line: no child process to orphan.
        fakeVM.arguments = ["-c", "read line", "-sname", "fake@proc-test"]
        let input = Pipe()
        fakeVM.standardInput = input
        try fakeVM.run()
        defer { fakeVM.terminate() }

        let collector = ProcCollector(node: "test-node", interval: 0.3)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { log in
            self.objects(log).contains { $0["resource_type"] as? String == "network" }
        })
        let lines = objects(log)
        #expect(lines.allSatisfy { $0["node"] as? String == "test-node" && $0["timestamp"] is NSNumber })

        let cpu = try #require(lines.first { $0["resource_type"] as? String == "cpu" })
        let perCore = try #require(cpu["per_core"] as? [Double])
        #expect(perCore.count == ProcessInfo.processInfo.activeProcessorCount)
        let usage = try #require(cpu["usage_percent"] as? Double)
        #expect(usage >= 0 && usage <= 100)
        #expect((cpu["load_avg"] as? [Double])?.count == 3)

        let memory = try #require(lines.first { $0["resource_type"] as? String == "memory" })
        #expect((memory["total_available"] as? NSNumber)?.int64Value ?? 0 > 0)

        let disk = try #require(lines.last { $0["resource_type"] as? String == "disk" })
        #expect(disk["mount"] as? String == "/")
        #expect(disk["read_bytes_per_sec"] is NSNumber && disk["write_bytes_per_sec"] is NSNumber)

        let network = try #require(lines.first { $0["resource_type"] as? String == "network" })
        #expect(network["rx_bytes_per_sec"] is NSNumber && network["tx_bytes_per_sec"] is NSNumber)

        let state = try #require(lines.last { $0["type"] as? String == "SystemState" })
        let data = try #require(state["state_data"] as? [String: Any])
        let vms = try #require(data["erlang_vms"] as? [[String: Any]])
        let vm = try #require(vms.first { ($0["pid"] as? NSNumber)?.int32Value == fakeVM.processIdentifier })
        #expect(vm["node_name"] as? String == "fake@proc-test")
        #expect((vm["memory"] as? NSNumber)?.int64Value ?? 0 > 0)
        #expect((data["largest_processes"] as? [[String: Any]])?.count == 5)
        #expect((state["process_count"] as? NSNumber)?.intValue ?? 0 > 2)
    }

    @Test func scansTheProcessTableEveryProcessIntervalAndTakesCPUSharesOverIt() async throws {
        let collector = ProcCollector(node: "test-node", interval: 0.2, processInterval: 0.8)
        let log = OutputLog()
        collector.start(deliver: log.deliver)
        defer { collector.stop() }
        #expect(await log.wait(timeout: 15) { log in
            self.objects(log).filter { $0["type"] as? String == "SystemState" }.count >= 4
        })
        let lines = objects(log)
        let states = lines.filter { $0["type"] as? String == "SystemState" }
        let samples = lines.filter { $0["resource_type"] as? String == "memory" }
        // Scans on the first two samples, then on every fourth or so: fewer SystemStates than samples.
        #expect(samples.count >= states.count + 3)
        let largest = try #require((states.last?["state_data"] as? [String: Any])?["largest_processes"] as? [[String: Any]])
        #expect(largest.contains { $0["cpu_percent"] is NSNumber })
    }
}
