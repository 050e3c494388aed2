/// Cumulative byte counters in two directions: disk read/write, or network receive/transmit.
public struct IOCounters: Sendable, Hashable {
    /// Bytes read (disk) or received (network).
    public var inbound: UInt64
    /// Bytes written (disk) or transmitted (network).
    public var outbound: UInt64

    /// Counters of `inbound` and `outbound` bytes.
    public init(inbound: UInt64, outbound: UInt64) {
        self.inbound = inbound
        self.outbound = outbound
    }

    /// Bytes per second in each direction between `earlier` and this reading, `seconds` apart.
    public func rates(since earlier: IOCounters, seconds: Double) -> (inbound: Double, outbound: Double) {
        guard seconds > 0 else { return (0, 0) }
        let inbound = inbound >= earlier.inbound ? inbound - earlier.inbound : 0
        let outbound = outbound >= earlier.outbound ? outbound - earlier.outbound : 0
        return (Double(inbound) / seconds, Double(outbound) / seconds)
    }

    /// Sectors read and written (512 bytes each) summed over whole disks of /proc/diskstats:
    /// partitions, loop, ram, zram, device-mapper and optical devices are left out so no byte counts twice.
    public static func parse(diskstats text: String) -> IOCounters {
        var devices: [(name: Substring, read: UInt64, written: UInt64)] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 10, let read = UInt64(fields[5]), let written = UInt64(fields[9]) else { continue }
            devices.append((fields[2], read, written))
        }
        let virtual = ["loop", "ram", "zram", "dm-", "sr", "fd"]
        let names = devices.map(\.name)
        var total = IOCounters(inbound: 0, outbound: 0)
        for device in devices {
            if virtual.contains(where: { device.name.hasPrefix($0) }) { continue }
            if isPartition(device.name, among: names) { continue }
            total.inbound += device.read * 512
            total.outbound += device.written * 512
        }
        return total
    }

    /// Bytes received and transmitted summed over the interfaces of /proc/net/dev, loopback excluded.
    public static func parse(netdev text: String) -> IOCounters {
        var total = IOCounters(inbound: 0, outbound: 0)
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: " ")
            let fields = line[line.index(after: colon)...].split(separator: " ")
            guard name != "lo", fields.count >= 9, let received = UInt64(fields[0]), let sent = UInt64(fields[8]) else {
                continue
            }
            total.inbound += received
            total.outbound += sent
        }
        return total
    }

    private static func isPartition(_ name: Substring, among names: [Substring]) -> Bool {
        names.contains { disk in
            guard disk != name, name.hasPrefix(disk) else { return false }
            var rest = name.dropFirst(disk.count)
            if rest.first == "p" { rest = rest.dropFirst() }
            return !rest.isEmpty && rest.allSatisfy(\.isNumber)
        }
    }
}

extension Substring {
    /// The text without leading and trailing `character`s.
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var text = self
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return text
    }
}
