#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything read from /proc at one instant: the raw material of one report.
public struct ProcSample: Sendable {
    /// When it was read, on the monotonic clock (seconds).
    public var monotonicTime: Double
    /// The aggregate CPU counters.
    public var cpu: CPUTimes?
    /// Per-core CPU counters, in core order.
    public var cores: [CPUTimes]
    /// Memory figures.
    public var memory: MemoryInfo?
    /// Disk bytes read (inbound) and written (outbound) so far.
    public var disk: IOCounters
    /// Network bytes received (inbound) and sent (outbound) so far.
    public var network: IOCounters
    /// The load average line.
    public var load: LoadAverage?
    /// Every process.
    public var processes: [ProcessStat]
    /// Command lines (arguments split) of `beam.smp` processes, by pid.
    public var beamArguments: [Int32: [String]]

    /// A sample of the given figures.
    public init(
        monotonicTime: Double, cpu: CPUTimes?, cores: [CPUTimes], memory: MemoryInfo?, disk: IOCounters,
        network: IOCounters, load: LoadAverage?, processes: [ProcessStat], beamArguments: [Int32: [String]]
    ) {
        self.monotonicTime = monotonicTime
        self.cpu = cpu
        self.cores = cores
        self.memory = memory
        self.disk = disk
        self.network = network
        self.load = load
        self.processes = processes
        self.beamArguments = beamArguments
    }

    /// Reads the sample from the /proc tree at `root`.
    public static func read(root: String = "/proc") -> ProcSample {
        let now = WallClock.monotonic()
        let cpu = CPUTimes.parse(stat: text(of: "\(root)/stat"))
        var processes: [ProcessStat] = []
        var beamArguments: [Int32: [String]] = [:]
        for entry in processDirectories(in: root) {
            guard let process = ProcessStat.parse(stat: text(of: "\(root)/\(entry)/stat")) else { continue }
            processes.append(process)
            if process.name == "beam.smp" {
                let arguments = text(of: "\(root)/\(entry)/cmdline").split(separator: "\0").map(String.init)
                beamArguments[process.pid] = arguments
            }
        }
        return ProcSample(
            monotonicTime: now, cpu: cpu.total, cores: cpu.cores,
            memory: MemoryInfo.parse(meminfo: text(of: "\(root)/meminfo")),
            disk: IOCounters.parse(diskstats: text(of: "\(root)/diskstats")),
            network: IOCounters.parse(netdev: text(of: "\(root)/net/dev")),
            load: LoadAverage.parse(loadavg: text(of: "\(root)/loadavg")),
            processes: processes, beamArguments: beamArguments)
    }

    /// The names of the numeric entries (one per process) of the directory at `root`.
    private static func processDirectories(in root: String) -> [String] {
        guard let directory = opendir(root) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.first?.isNumber == true { names.append(name) }
        }
        return names
    }

    /// The whole of a /proc file, read with plain system calls into a stack buffer: the collector reads a
    /// few hundred of these every sample, where FileHandle and Data cost more than the reading itself.
    private static func text(of path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16_384) { buffer in
            var collected: [UInt8] = []
            while true {
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                collected.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
            return String(decoding: collected, as: UTF8.self)
        }
    }
}
