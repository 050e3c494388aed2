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
/// (see `ProcReport`) so they take the same decoding path as any remote source.
public final class ProcCollector: ThreadedCollector {
    public let id: SourceID
    /// The node name the lines carry.
    public let node: String
    private let interval: Double
    private let mounts: [String]
    private let root: String
    private let probe: FilesystemProbe
    let stopSignal = StopSignal()

    /// A collector for this machine as `node` (default: the host name), sampling every `interval`
    /// seconds, reporting `/` and `extraMounts`. `root` is the /proc tree to read.
    public init(
        node: String? = nil, interval: Double = 1, extraMounts: [String] = [], root: String = "/proc",
        statfsTimeout: Double = 0.5, id: SourceID = SourceID("proc")
    ) {
        self.id = id
        self.node = node ?? ProcessInfo.processInfo.hostName
        self.interval = max(0.05, interval)
        self.mounts = ["/"] + extraMounts.filter { $0 != "/" }
        self.root = root
        self.probe = FilesystemProbe(timeout: statfsTimeout)
    }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        let report = ProcReport(
            node: node, ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))), pageSize: UInt64(sysconf(Int32(_SC_PAGESIZE))))
        var previous: ProcSample?
        var sequence = 0
        deliver(.state(id, .connected))
        repeat {
            let started = WallClock.monotonic()
            let sample = ProcSample.read(root: root)
            let readings = mounts.map { (path: $0, reading: probe.read($0)) }
            let now = WallClock.now()
            sequence += 1
            let lines = report.lines(
                previous: previous, current: sample, mounts: readings, timestamp: Int64(now * 1000), sequence: sequence)
            if stopSignal.isFired { return }
            deliver(.lines(lines.map { ReceivedLine(source: id, bytes: Array($0.utf8), receivedAt: now) }))
            previous = sample
            // A quick second sample so CPU shares and rates appear without waiting a whole interval.
            let pause = sequence == 1 ? min(interval, 0.25) : interval
            if stopSignal.wait(seconds: max(0.01, pause - (WallClock.monotonic() - started))) { return }
        } while true
    }
}
