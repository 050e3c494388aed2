/// The figures of one /proc/PID/stat line this console uses.
public struct ProcessStat: Sendable, Hashable {
    /// Process id.
    public var pid: Int32
    /// The command name (at most 15 bytes, as the kernel keeps it).
    public var name: String
    /// User + system CPU time so far, in clock ticks.
    public var cpuTicks: UInt64
    /// Resident set size, in pages.
    public var residentPages: UInt64

    /// Figures as read.
    public init(pid: Int32, name: String, cpuTicks: UInt64, residentPages: UInt64) {
        self.pid = pid
        self.name = name
        self.cpuTicks = cpuTicks
        self.residentPages = residentPages
    }

    /// Reads "PID (comm) S ppid … utime stime … rss …"; the name may hold spaces and parentheses.
    public static func parse(stat text: String) -> ProcessStat? {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
              let pid = Int32(text[..<open].filter { !$0.isWhitespace }) else { return nil }
        let name = String(text[text.index(after: open)..<close])
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After the name: state(0) ppid(1) … utime(11) stime(12) … rss(21).
        guard fields.count > 21, let user = UInt64(fields[11]), let system = UInt64(fields[12]),
              let rss = Int64(fields[21]) else { return nil }
        return ProcessStat(pid: pid, name: name, cpuTicks: user + system, residentPages: UInt64(max(0, rss)))
    }
}
