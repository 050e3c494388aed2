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

    /// Reads "PID (comm) S ppid … utime stime … rss …"; the name may hold spaces and parentheses. Works on the
    /// bytes: the collector reads every process's line each second, where Character-by-Character string
    /// searching cost more than the system calls.
    public static func parse(stat text: String) -> ProcessStat? {
        var text = text
        return text.withUTF8(parse(stat:))
    }

    private static func parse(stat bytes: UnsafeBufferPointer<UInt8>) -> ProcessStat? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "(")), let close = bytes.lastIndex(of: UInt8(ascii: ")")),
              open < close, let pid = number(in: bytes[..<open]).flatMap({ Int32(exactly: $0) }) else { return nil }
        let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        // After the name: state(0) ppid(1) … utime(11) stime(12) … rss(21).
        let fields = bytes[(close + 1)...].split(separator: UInt8(ascii: " "), maxSplits: 23)
        guard fields.count > 21, let user = number(in: fields[11]), let system = number(in: fields[12]),
              let rss = number(in: fields[21], allowingSign: true) else { return nil }
        return ProcessStat(pid: pid, name: name, cpuTicks: UInt64(user + system), residentPages: UInt64(max(0, rss)))
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
