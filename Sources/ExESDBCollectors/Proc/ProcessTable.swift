/// Every process of the machine at one instant: what SystemState lists (the largest, the BEAMs).
public struct ProcessTable: Sendable {
    /// When it was read, on the monotonic clock (seconds).
    public var monotonicTime: Double
    /// Every process, kernel threads left out.
    public var processes: [ProcessStat]
    /// How many processes there were, kernel threads included.
    public var count: Int
    /// Command lines (arguments split) of `beam.smp` processes, by pid.
    public var beamArguments: [Int32: [String]]

    /// A table of the given processes.
    public init(monotonicTime: Double, processes: [ProcessStat], count: Int, beamArguments: [Int32: [String]]) {
        self.monotonicTime = monotonicTime
        self.processes = processes
        self.count = count
        self.beamArguments = beamArguments
    }
}
