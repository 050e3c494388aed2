import Foundation
import Subprocess
import Testing
@testable import ExESDBCollectors

@Suite struct ProcParsingTests {
    @Test func cpuSharesFromTwoStatSnapshots() {
        let before = CPUTimes.parse(stat: """
            cpu  100 0 50 800 50 0 0 0 0 0
            cpu0 60 0 20 400 20 0 0 0 0 0
            cpu1 40 0 30 400 30 0 0 0 0 0
            intr 1 2 3
            """)
        let after = CPUTimes.parse(stat: """
            cpu  250 10 90 1000 50 5 5 0 0 0
            cpu0 160 10 40 410 20 5 5 0 0 0
            cpu1 90 0 50 590 30 0 0 0 0 0
            """)
        // Total: busy 150 → 360 (+210), idle 850 → 1050 (+200): 210 / 410.
        #expect(abs(after.total!.usagePercent(since: before.total!) - 210.0 / 410.0 * 100) < 1e-9)
        // Core 0: busy +140, idle +10; core 1: busy +70, idle +190.
        let cores = zip(after.cores, before.cores).map { $0.usagePercent(since: $1) }
        #expect(abs(cores[0] - 140.0 / 150.0 * 100) < 1e-9)
        #expect(abs(cores[1] - 70.0 / 260.0 * 100) < 1e-9)
    }

    @Test func processStatWithParenthesesInItsName() {
        let line = "4242 (web (worker) 1) S 1 4242 4242 0 -1 4194560 500 0 0 0 731 269 0 0 20 0 12 0 900 123456789 2560 18446744073709551615"
        let stat = ProcessStat.parse(stat: line)
        #expect(stat == ProcessStat(pid: 4242, name: "web (worker) 1", cpuTicks: 1000, residentPages: 2560))
    }

    @Test func kernelThreadsAreToldByTheirFlags() {
        let kernel = "2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 3 0 0 20 0 1 0 24 0 0 18446744073709551615"
        #expect(ProcessStat.parse(stat: kernel)
                == ProcessStat(pid: 2, name: "kthreadd", cpuTicks: 3, residentPages: 0, isKernelThread: true))
        let short = "4242 (web) S 1 4242 4242 0 -1 4194560 500 0 0 0 731 269"
        #expect(ProcessStat.parse(stat: short) == nil)
    }

    @Test func systemStateComesWithAScanAndItsCPUSharesSpanTheScans() throws {
        let report = ProcReport(node: "n1", ticksPerSecond: 100, pageSize: 4096, largestProcessCount: 2)
        func sample(at time: Double, _ processes: ProcessTable?) -> ProcSample {
            ProcSample(
                monotonicTime: time, cpu: CPUTimes(busy: 100, idle: 100), cores: [], memory: nil,
                disk: IOCounters(inbound: 0, outbound: 0), network: IOCounters(inbound: 0, outbound: 0), load: nil,
                processes: processes)
        }
        let first = ProcessTable(
            monotonicTime: 10, processes: [ProcessStat(pid: 7, name: "beam.smp", cpuTicks: 100, residentPages: 1000)],
            count: 40, beamArguments: [7: ["beam.smp", "-sname", "a@b"]])
        // Five seconds and 250 ticks later: 50 % of a core over the span between the two scans.
        let second = ProcessTable(
            monotonicTime: 15, processes: [ProcessStat(pid: 7, name: "beam.smp", cpuTicks: 350, residentPages: 1000)],
            count: 41, beamArguments: [7: ["beam.smp", "-sname", "a@b"]])
        let between = report.lines(
            previous: sample(at: 13, nil), current: sample(at: 14, nil), earlierProcesses: first, mounts: [],
            timestamp: 0, sequence: 5).map { String(decoding: $0, as: UTF8.self) }
        #expect(!between.contains { $0.contains("SystemState") })
        let scanned = report.lines(
            previous: sample(at: 14, nil), current: sample(at: 15, second), earlierProcesses: first, mounts: [],
            timestamp: 0, sequence: 6).map { String(decoding: $0, as: UTF8.self) }
        let line = try #require(scanned.first { $0.contains("SystemState") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["process_count"] as? NSNumber)?.intValue == 41)
        let data = try #require(object["state_data"] as? [String: Any])
        let vm = try #require((data["erlang_vms"] as? [[String: Any]])?.first)
        #expect(vm["node_name"] as? String == "a@b")
        #expect(abs((vm["cpu_percent"] as? Double ?? 0) - 50) < 1e-9)
    }

    @Test func readerSkipsKernelThreadsButCountsThem() throws {
        let reader = ProcReader()
        let first = try #require(reader.sample(includingProcesses: true).processes)
        let second = try #require(reader.sample(includingProcesses: true).processes)
        let kernelThreads = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { name in
            guard Int32(name) != nil, let text = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8) else {
                return false
            }
            return ProcessStat.parse(stat: text)?.isKernelThread == true
        }
        for table in [first, second] {
            #expect(table.processes.contains { $0.pid == getpid() })
            #expect(table.processes.allSatisfy { !$0.isKernelThread })
            // Processes come and go on a busy machine between the readings: allow a few.
            #expect(abs(table.count - table.processes.count - kernelThreads.count) <= 5)
        }
        #expect(reader.sample(includingProcesses: false).processes == nil)
    }

    @Test func aPidAKernelThreadLeftAndAProcessTookIsReadAgainWithinTheRecheck() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("proc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let process = root.appendingPathComponent("42")
        try FileManager.default.createDirectory(at: process, withIntermediateDirectories: true)
        let stat = process.appendingPathComponent("stat")
        try "42 (kworker/0:1) I 2 0 0 0 -1 69238880 0 0 0 0 0 5 0 0 20 0 1 0 30 0 0 18446744073709551615"
            .write(to: stat, atomically: true, encoding: .utf8)
        let reader = ProcReader(root: root.path)
        let first = try #require(reader.sample(includingProcesses: true).processes)
        #expect(first.count == 1 && first.processes.isEmpty)
        try "42 (web) S 1 42 42 0 -1 4194560 500 0 0 0 731 269 0 0 20 0 12 0 900 123456789 2560 18446744073709551615"
            .write(to: stat, atomically: true, encoding: .utf8)
        var scans = 1
        while scans < 20, try #require(reader.sample(includingProcesses: true).processes).processes.isEmpty { scans += 1 }
        #expect(scans > 1 && scans <= 12, "the process appeared after \(scans) scans")
        #expect(reader.sample(includingProcesses: true).processes?.processes.map(\.name) == ["web"])
    }

    @Test func diskstatsCountWholeDisksOnce() {
        let text = """
               7       0 loop0 10 0 80 0 0 0 0 0 0 0 0
             253       0 vda 100 0 2000 0 50 0 1000 0 0 0 0
             253       1 vda1 90 0 1800 0 40 0 900 0 0 0 0
             259       0 nvme0n1 10 0 100 0 10 0 300 0 0 0 0
             259       1 nvme0n1p1 10 0 100 0 10 0 300 0 0 0 0
             252       0 zram0 5 0 40 0 5 0 40 0 0 0 0
            """
        #expect(IOCounters.parse(diskstats: text) == IOCounters(inbound: 2100 * 512, outbound: 1300 * 512))
    }

    @Test func netdevLeavesLoopbackOutAndMeminfoNeedsBothFigures() {
        let netdev = """
            Inter-|   Receive                                                |  Transmit
             face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                lo: 9000      10    0    0    0     0          0         0     9000      10    0    0    0     0       0          0
              eth0: 1500      12    0    0    0     0          0         0      700       9    0    0    0     0       0          0
            wlan0:25         1    0    0    0     0          0         0       30       1    0    0    0     0       0          0
            """
        #expect(IOCounters.parse(netdev: netdev) == IOCounters(inbound: 1525, outbound: 730))
        #expect(MemoryInfo.parse(meminfo: "MemTotal:  2048 kB\nMemFree:  100 kB\nMemAvailable:  512 kB\n")
                == MemoryInfo(total: 2048 * 1024, available: 512 * 1024))
        #expect(MemoryInfo.parse(meminfo: "MemTotal:  2048 kB\nMemFree:  100 kB\n") == nil)
    }

    @Test func loadAverageAndErlangNodeName() {
        #expect(LoadAverage.parse(loadavg: "6.73 4.37 1.95 8/174 20464\n")
                == LoadAverage(one: 6.73, five: 4.37, fifteen: 1.95, running: 8, tasks: 174))
        #expect(ProcReport.erlangNodeName(["beam.smp", "--", "-root", "/x", "-sname", "node1@db1"]) == "node1@db1")
        #expect(ProcReport.erlangNodeName(["beam.smp", "-name", "a@10.0.0.1"]) == "a@10.0.0.1")
    }

    @Test func memoryMatchesFree() async throws {
        // free reads /proc/meminfo at some moment between our two readings; memory moves on a busy machine, so
        // its figure must lie within the span of ours (give or take 2 % of the total).
        let before = try #require(MemoryInfo.parse(meminfo: try String(contentsOfFile: "/proc/meminfo", encoding: .utf8)))
        let free = try await run("free", ["-b"])
        let after = try #require(MemoryInfo.parse(meminfo: try String(contentsOfFile: "/proc/meminfo", encoding: .utf8)))
        let fields = try #require(free.split(separator: "\n").first { $0.hasPrefix("Mem:") }).split(separator: " ")
        let total = try #require(UInt64(fields[1]))
        let available = Double(try #require(UInt64(fields[6])))
        #expect(before.total == total)
        let tolerance = Double(total) * 0.02
        let span = min(Double(before.available), Double(after.available))...max(Double(before.available), Double(after.available))
        #expect(span.lowerBound - tolerance < available && available < span.upperBound + tolerance)
        let usedPercent = (Double(total) - available) / Double(total) * 100
        let usedSpan = min(before.usedPercent, after.usedPercent)...max(before.usedPercent, after.usedPercent)
        #expect(usedSpan.lowerBound - 2 < usedPercent && usedPercent < usedSpan.upperBound + 2)
    }

    @Test func rootMountMatchesDf() async throws {
        let reading = FilesystemProbe(timeout: 2).read("/")
        let df = try await run("df", ["-B1", "--output=size,used,avail", "/"])
        let numbers = try #require(df.split(separator: "\n").last).split(separator: " ").compactMap { UInt64($0) }
        guard case .usage(let total, let used, let available) = reading else {
            Issue.record("statvfs failed: \(reading)")
            return
        }
        let tolerance: UInt64 = 64 << 20
        #expect(total == numbers[0])
        #expect(used.distance(to: numbers[1]).magnitude < tolerance)
        #expect(available.distance(to: numbers[2]).magnitude < tolerance)
        #expect(reading.usedPercent! > 0 && reading.usedPercent! < 100)
    }

    @Test func networkAndDiskCountersMatchSysfs() throws {
        let network = IOCounters.parse(netdev: try String(contentsOfFile: "/proc/net/dev", encoding: .utf8))
        var received: UInt64 = 0
        var sent: UInt64 = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: "/sys/class/net") where name != "lo" {
            received += UInt64(try sysfsNumber("/sys/class/net/\(name)/statistics/rx_bytes"))
            sent += UInt64(try sysfsNumber("/sys/class/net/\(name)/statistics/tx_bytes"))
        }
        #expect(network.inbound.distance(to: received).magnitude < 1 << 20)
        #expect(network.outbound.distance(to: sent).magnitude < 1 << 20)

        let disk = IOCounters.parse(diskstats: try String(contentsOfFile: "/proc/diskstats", encoding: .utf8))
        var read: UInt64 = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: "/sys/block")
        where !["loop", "ram", "zram", "dm-", "sr", "fd"].contains(where: { name.hasPrefix($0) }) {
            let fields = try String(contentsOfFile: "/sys/block/\(name)/stat", encoding: .utf8).split(separator: " ")
            read += (UInt64(fields[2]) ?? 0) * 512
        }
        #expect(disk.inbound.distance(to: read).magnitude < 16 << 20)
    }

    private func sysfsNumber(_ path: String) throws -> Int64 {
        Int64(try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Runs a command with swift-subprocess (Foundation's Process can hang in `waitUntilExit` when
    /// other tests spawn processes at the same time) and returns its standard output.
    private func run(_ executable: String, _ arguments: [String]) async throws -> String {
        let result = try await Subprocess.run(
            .name(executable), arguments: Arguments(arguments), output: .string(limit: 1 << 20))
        return result.standardOutput
    }
}
