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
    /// The process table, when this sample scanned it (every few samples: see `ProcCollector`).
    public var processes: ProcessTable?

    /// A sample of the given figures.
    public init(
        monotonicTime: Double, cpu: CPUTimes?, cores: [CPUTimes], memory: MemoryInfo?, disk: IOCounters,
        network: IOCounters, load: LoadAverage?, processes: ProcessTable?
    ) {
        self.monotonicTime = monotonicTime
        self.cpu = cpu
        self.cores = cores
        self.memory = memory
        self.disk = disk
        self.network = network
        self.load = load
        self.processes = processes
    }
}
