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
    /// Whether it is a kernel thread (PF_KTHREAD in its flags): no memory of its own, never a BEAM.
    public var isKernelThread: Bool

    /// Figures as read.
    public init(pid: Int32, name: String, cpuTicks: UInt64, residentPages: UInt64, isKernelThread: Bool = false) {
        self.pid = pid
        self.name = name
        self.cpuTicks = cpuTicks
        self.residentPages = residentPages
        self.isKernelThread = isKernelThread
    }

    /// The kernel's PF_KTHREAD flag.
    private static let kernelThreadFlag: UInt64 = 0x0020_0000

    /// Reads "PID (comm) S ppid … utime stime … rss …"; the name may hold spaces and parentheses.
    public static func parse(stat text: String) -> ProcessStat? {
        var text = text
        return text.withUTF8(parse(stat:))
    }

    /// Reads the line from its bytes, as read from the file: the collector reads every process's line, where
    /// Character-by-Character string searching cost more than the system calls.
    static func parse(stat bytes: UnsafeBufferPointer<UInt8>) -> ProcessStat? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "(")), let close = bytes.lastIndex(of: UInt8(ascii: ")")),
              open < close else { return nil }
        var beforeName = ProcText.fields(of: bytes[..<open])
        guard let pid = beforeName.next().flatMap(ProcText.number).flatMap({ Int32(exactly: $0) }) else { return nil }
        let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        // After the name: state(0) ppid(1) … flags(6) … utime(11) stime(12) … rss(21).
        var fields: (flags: UInt64?, user: UInt64?, system: UInt64?, rss: Int64?) = (nil, nil, nil, nil)
        for (index, field) in ProcText.fields(of: bytes[(close + 1)...]).prefix(22).enumerated() {
            switch index {
            case 6: fields.flags = ProcText.number(field)
            case 11: fields.user = ProcText.number(field)
            case 12: fields.system = ProcText.number(field)
            case 21: fields.rss = ProcText.signedNumber(field)
            default: break
            }
        }
        guard let flags = fields.flags, let user = fields.user, let system = fields.system, let rss = fields.rss else {
            return nil
        }
        return ProcessStat(
            pid: pid, name: name, cpuTicks: user &+ system, residentPages: UInt64(max(0, rss)),
            isKernelThread: flags & kernelThreadFlag != 0)
    }
}
