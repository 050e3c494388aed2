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
    private static let kernelThreadFlag: Int64 = 0x0020_0000

    /// Reads "PID (comm) S ppid … utime stime … rss …"; the name may hold spaces and parentheses.
    public static func parse(stat text: String) -> ProcessStat? {
        var text = text
        return text.withUTF8(parse(stat:))
    }

    /// Reads the line from its bytes, as read from the file: the collector reads every process's line, where
    /// Character-by-Character string searching cost more than the system calls.
    static func parse(stat bytes: UnsafeBufferPointer<UInt8>) -> ProcessStat? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "(")), let close = bytes.lastIndex(of: UInt8(ascii: ")")),
              open < close, let pid = number(in: bytes[..<open]).flatMap({ Int32(exactly: $0) }) else { return nil }
        let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        // After the name: state(0) ppid(1) … flags(6) … utime(11) stime(12) … rss(21), one space apart.
        var fields: (flags: Int64?, user: Int64?, system: Int64?, rss: Int64?) = (nil, nil, nil, nil)
        var index = -1
        var start = close + 2
        while start < bytes.endIndex, index < 21 {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            index += 1
            switch index {
            case 6: fields.flags = number(in: bytes[start..<end])
            case 11: fields.user = number(in: bytes[start..<end])
            case 12: fields.system = number(in: bytes[start..<end])
            case 21: fields.rss = number(in: bytes[start..<end], allowingSign: true)
            default: break
            }
            start = end + 1
        }
        guard let flags = fields.flags, let user = fields.user, let system = fields.system, let rss = fields.rss else {
            return nil
        }
        return ProcessStat(
            pid: pid, name: name, cpuTicks: UInt64(user + system), residentPages: UInt64(max(0, rss)),
            isKernelThread: flags & kernelThreadFlag != 0)
    }

    /// The decimal number in `digits`, surrounding whitespace ignored; nil when there is none or it overflows.
    private static func number(in digits: Slice<UnsafeBufferPointer<UInt8>>, allowingSign: Bool = false) -> Int64? {
        var value: Int64 = 0
        var isNegative = false
        var sawDigit = false
        for byte in digits {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                sawDigit = true
            case UInt8(ascii: "-") where allowingSign && !sawDigit && !isNegative:
                isNegative = true
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                if sawDigit { return isNegative ? -value : value }
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        return isNegative ? -value : value
    }
}
