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
        var text = text
        return text.withUTF8 { parse(stat: ProcText(bytes: $0)) }
    }

    /// The same from the file's bytes; stops at the first line after the `cpu` lines.
    static func parse(stat text: ProcText) -> (total: CPUTimes?, cores: [CPUTimes]) {
        var total: CPUTimes?
        var cores: [CPUTimes] = []
        var inCPULines = false
        text.forEachLine { line in
            guard ProcText.part(line, startsWith: "cpu") else { return !inCPULines }
            inCPULines = true
            var fields = ProcText.fields(of: line)
            guard let name = fields.next() else { return true }
            // user nice system idle iowait irq softirq steal (guest time is already in user).
            var busy: UInt64 = 0
            var idle: UInt64 = 0
            var count = 0
            for field in fields.prefix(8) {
                guard let value = ProcText.number(field) else { break }
                switch count {
                case 3, 4: idle += value
                default: busy += value
                }
                count += 1
            }
            guard count >= 4 else { return true }
            let times = CPUTimes(busy: busy, idle: idle)
            if ProcText.part(name, is: "cpu") { total = times } else { cores.append(times) }
            return true
        }
        return (total, cores)
    }
}
