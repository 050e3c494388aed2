/// Cumulative CPU time counters of one `cpu` line of /proc/stat, in clock ticks.
public struct CPUTimes: Sendable, Hashable {
    /// Ticks spent doing work (user, nice, system, irq, softirq, steal).
    public var busy: UInt64
    /// Ticks spent idle or waiting for I/O.
    public var idle: UInt64

    /// Counters of `busy` and `idle` ticks.
    public init(busy: UInt64, idle: UInt64) {
        self.busy = busy
        self.idle = idle
    }

    /// All ticks.
    public var total: UInt64 { busy + idle }

    /// Busy share between `earlier` and this reading, in percent (0 when no time passed).
    public func usagePercent(since earlier: CPUTimes) -> Double {
        let total = self.total &- earlier.total
        guard total > 0, self.total >= earlier.total else { return 0 }
        let busy = self.busy >= earlier.busy ? self.busy - earlier.busy : 0
        return min(100, Double(busy) / Double(total) * 100)
    }

    /// The aggregate line and the per-core lines of /proc/stat, in core order.
    public static func parse(stat text: String) -> (total: CPUTimes?, cores: [CPUTimes]) {
        var total: CPUTimes?
        var cores: [CPUTimes] = []
        for line in text.split(separator: "\n") where line.hasPrefix("cpu") {
            let fields = line.split(separator: " ")
            let values = fields.dropFirst().compactMap { UInt64($0) }
            guard values.count >= 4 else { continue }
            // user nice system idle iowait irq softirq steal (guest time is already in user).
            let idle = values[3] + (values.count > 4 ? values[4] : 0)
            let busy = values[0] + values[1] + values[2] + values.dropFirst(5).prefix(3).reduce(0, +)
            let times = CPUTimes(busy: busy, idle: idle)
            if fields[0] == "cpu" { total = times } else { cores.append(times) }
        }
        return (total, cores)
    }
}
