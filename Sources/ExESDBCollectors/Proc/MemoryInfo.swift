/// Memory figures from /proc/meminfo, in bytes.
public struct MemoryInfo: Sendable, Hashable {
    /// MemTotal.
    public var total: UInt64
    /// MemAvailable: what can be allocated without swapping.
    public var available: UInt64

    /// Figures of `total` and `available` bytes.
    public init(total: UInt64, available: UInt64) {
        self.total = total
        self.available = available
    }

    /// Bytes in use: total − available.
    public var used: UInt64 { total >= available ? total - available : 0 }

    /// Used share of the total, in percent.
    public var usedPercent: Double { total > 0 ? Double(used) / Double(total) * 100 : 0 }

    /// Reads MemTotal and MemAvailable (kB in the file); nil when either is missing.
    public static func parse(meminfo text: String) -> MemoryInfo? {
        var total: UInt64?
        var available: UInt64?
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, let kilobytes = UInt64(fields[1]) else { continue }
            switch fields[0] {
            case "MemTotal:": total = kilobytes * 1024
            case "MemAvailable:": available = kilobytes * 1024
            default: continue
            }
        }
        guard let total, let available else { return nil }
        return MemoryInfo(total: total, available: available)
    }
}
