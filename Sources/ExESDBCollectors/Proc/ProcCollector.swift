#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local node read from /proc every `interval` seconds, delivered as NDJSON protocol lines
/// (see `ProcReport`) so they take the same decoding path as any remote source. The machine-wide figures
/// are read every time; the process table, which only SystemState lists and which costs a file per process,
/// every `processInterval` seconds (and on the first two samples, so CPU shares show early).
public final class ProcCollector: ThreadedCollector {
    public let id: SourceID
    /// The node name the lines carry.
    public let node: String
    private let interval: Double
    private let processInterval: Double
    private let mounts: [String]
    private let root: String
    private let probe: FilesystemProbe
    let stopSignal = StopSignal()

    /// A collector for this machine as `node` (default: the host name), sampling every `interval`
    /// seconds and the process table every `processInterval` seconds (never more often than samples),
    /// reporting `/` and `extraMounts`. `root` is the /proc tree to read.
    public init(
        node: String? = nil, interval: Double = 1, processInterval: Double = 5, extraMounts: [String] = [],
        root: String = "/proc", statfsTimeout: Double = 0.5, id: SourceID = SourceID("proc")
    ) {
        self.id = id
        self.node = node ?? ProcessInfo.processInfo.hostName
        self.interval = max(0.05, interval)
        self.processInterval = max(self.interval, processInterval)
        self.mounts = ["/"] + extraMounts.filter { $0 != "/" }
        self.root = root
        self.probe = FilesystemProbe(timeout: statfsTimeout)
    }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        let report = ProcReport(
            node: node, ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))), pageSize: UInt64(sysconf(Int32(_SC_PAGESIZE))))
        let reader = ProcReader(root: root)
        var previous: ProcSample?
        var earlierProcesses: ProcessTable?
        var sequence = 0
        deliver(.state(id, .connected))
        repeat {
            let started = WallClock.monotonic()
            // Half an interval of slack keeps the scan on the same sample when timing jitters.
            let scansProcesses = sequence < 2
                || started - (earlierProcesses?.monotonicTime ?? -.infinity) >= processInterval - interval / 2
            let sample = reader.sample(includingProcesses: scansProcesses)
            let readings = mounts.map { (path: $0, reading: probe.read($0)) }
            let now = WallClock.now()
            sequence += 1
            let lines = report.lines(
                previous: previous, current: sample, earlierProcesses: earlierProcesses, mounts: readings,
                timestamp: Int64(now * 1000), sequence: sequence)
            if stopSignal.isFired { return }
            deliver(.lines(lines.map { ReceivedLine(source: id, bytes: $0, receivedAt: now) }))
            previous = sample
            if let processes = sample.processes { earlierProcesses = processes }
            // A quick second sample so CPU shares and rates appear without waiting a whole interval.
            let pause = sequence == 1 ? min(interval, 0.25) : interval
            if stopSignal.wait(seconds: max(0.01, pause - (WallClock.monotonic() - started))) { return }
        } while true
    }
}
