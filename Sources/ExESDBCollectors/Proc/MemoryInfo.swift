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
        var text = text
        return text.withUTF8 { parse(meminfo: ProcText(bytes: $0)) }
    }

    /// The same from the file's bytes; stops once both are found.
    static func parse(meminfo text: ProcText) -> MemoryInfo? {
        var total: UInt64?
        var available: UInt64?
        text.forEachLine { line in
            var fields = ProcText.fields(of: line)
            guard let name = fields.next(), let value = fields.next().flatMap(ProcText.number) else { return true }
            if ProcText.part(name, is: "MemTotal:") {
                total = value * 1024
            } else if ProcText.part(name, is: "MemAvailable:") {
                available = value * 1024
            }
            return total == nil || available == nil
        }
        guard let total, let available else { return nil }
        return MemoryInfo(total: total, available: available)
    }
}
