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
        var text = text
        return text.withUTF8 { parse(diskstats: ProcText(bytes: $0)) }
    }

    /// The same from the file's bytes.
    static func parse(diskstats text: ProcText) -> IOCounters {
        var devices: [(name: ProcText.Part, read: UInt64, written: UInt64)] = []
        text.forEachLine { line in
            var name: ProcText.Part?
            var read: UInt64?
            var written: UInt64?
            for (index, field) in ProcText.fields(of: line).enumerated() {
                switch index {
                case 2: name = field
                case 5: read = ProcText.number(field)
                case 9: written = ProcText.number(field)
                default: break
                }
                if index == 9 { break }
            }
            if let name, let read, let written { devices.append((name, read, written)) }
            return true
        }
        var total = IOCounters(inbound: 0, outbound: 0)
        for device in devices {
            if isVirtual(device.name) { continue }
            if devices.contains(where: { isPartition(device.name, of: $0.name) }) { continue }
            total.inbound += device.read * 512
            total.outbound += device.written * 512
        }
        return total
    }

    /// Bytes received and transmitted summed over the interfaces of /proc/net/dev, loopback excluded.
    public static func parse(netdev text: String) -> IOCounters {
        var text = text
        return text.withUTF8 { parse(netdev: ProcText(bytes: $0)) }
    }

    /// The same from the file's bytes.
    static func parse(netdev text: ProcText) -> IOCounters {
        var total = IOCounters(inbound: 0, outbound: 0)
        text.forEachLine { line in
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return true }
            var names = ProcText.fields(of: line[..<colon])
            guard let name = names.next(), !ProcText.part(name, is: "lo") else { return true }
            var received: UInt64?
            var sent: UInt64?
            for (index, field) in ProcText.fields(of: line[(colon + 1)...]).enumerated() {
                if index == 0 { received = ProcText.number(field) }
                if index == 8 {
                    sent = ProcText.number(field)
                    break
                }
            }
            if let received, let sent {
                total.inbound += received
                total.outbound += sent
            }
            return true
        }
        return total
    }

    /// Loop, ram, zram, device-mapper, optical and floppy devices.
    private static func isVirtual(_ name: ProcText.Part) -> Bool {
        ProcText.part(name, startsWith: "loop") || ProcText.part(name, startsWith: "ram")
            || ProcText.part(name, startsWith: "zram") || ProcText.part(name, startsWith: "dm-")
            || ProcText.part(name, startsWith: "sr") || ProcText.part(name, startsWith: "fd")
    }

    /// Whether `name` is a partition of `disk`: the disk's name, an optional `p`, then digits.
    private static func isPartition(_ name: ProcText.Part, of disk: ProcText.Part) -> Bool {
        guard disk.count < name.count, name.starts(with: disk) else { return false }
        var rest = name.dropFirst(disk.count)
        if rest.first == UInt8(ascii: "p") { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
