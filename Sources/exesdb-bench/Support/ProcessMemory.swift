import Glibc

/// This process's memory as the kernel counts it in /proc/self/status.
enum ProcessMemory {
    /// Resident set size now, in MiB (VmRSS).
    static var residentMiB: Double { field("VmRSS:") }

    /// The highest resident set size so far, in MiB (VmHWM).
    static var peakResidentMiB: Double { field("VmHWM:") }

    private static func field(_ name: String) -> Double {
        guard let file = fopen("/proc/self/status", "r") else { return .nan }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix(name) else { continue }
            let kilobytes = line.dropFirst(name.count).filter(\.isNumber)
            return (Double(String(kilobytes)) ?? .nan) / 1024
        }
        return .nan
    }
}
