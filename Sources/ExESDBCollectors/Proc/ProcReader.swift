#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads samples from a /proc tree as cheaply as the kernel allows: the machine-wide files stay open and are
/// read again from offset 0 with one `pread` each, every file goes into one reused buffer, the process table's
/// directory is rewound rather than reopened, and kernel threads, once seen, are counted without reading
/// their files again, except on every `kernelThreadRecheck`-th scan, so a pid a kernel thread left behind and a
/// process took is read again within that many scans. Confined to the thread that owns it.
public final class ProcReader {
    private let root: String
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var machineFiles: [Int32]
    private var directory: OpaquePointer?
    private var kernelThreads: Set<Int32> = []
    /// Scans between two readings of every kernel thread's file (a minute at the 5 s process interval).
    private static let kernelThreadRecheck = 12
    private var scansSinceKernelThreadRecheck = 0
    private var path: [CChar] = Array(repeating: 0, count: 64)

    private enum MachineFile: Int, CaseIterable {
        case stat, meminfo, diskstats, netdev, loadavg

        var name: String {
            switch self {
            case .stat: return "stat"
            case .meminfo: return "meminfo"
            case .diskstats: return "diskstats"
            case .netdev: return "net/dev"
            case .loadavg: return "loadavg"
            }
        }
    }

    /// A reader of the /proc tree at `root`.
    public init(root: String = "/proc") {
        self.root = root
        buffer = .allocate(capacity: 16_384)
        machineFiles = MachineFile.allCases.map { open("\(root)/\($0.name)", O_RDONLY | O_CLOEXEC) }
    }

    deinit {
        for descriptor in machineFiles where descriptor >= 0 { close(descriptor) }
        if let directory { closedir(directory) }
        buffer.deallocate()
    }

    /// The machine-wide figures now, with the process table when `includingProcesses`.
    public func sample(includingProcesses: Bool) -> ProcSample {
        let now = WallClock.monotonic()
        let cpu = CPUTimes.parse(stat: text(of: .stat))
        return ProcSample(
            monotonicTime: now, cpu: cpu.total, cores: cpu.cores,
            memory: MemoryInfo.parse(meminfo: text(of: .meminfo)),
            disk: IOCounters.parse(diskstats: text(of: .diskstats)),
            network: IOCounters.parse(netdev: text(of: .netdev)),
            load: LoadAverage.parse(loadavg: String(decoding: text(of: .loadavg).bytes, as: UTF8.self)),
            processes: includingProcesses ? processTable(at: now) : nil)
    }

    /// Every process: one read of /proc/PID/stat each (and of the command line of a `beam.smp`).
    private func processTable(at now: Double) -> ProcessTable {
        var processes: [ProcessStat] = []
        var beamArguments: [Int32: [String]] = [:]
        var count = 0
        var kernelThreadsSeen: Set<Int32> = []
        scansSinceKernelThreadRecheck += 1
        if scansSinceKernelThreadRecheck >= Self.kernelThreadRecheck {
            scansSinceKernelThreadRecheck = 0
            kernelThreads = []
        }
        if let directory { rewinddir(directory) } else { directory = opendir(root) }
        while let directory, let entry = readdir(directory) {
            let pid = withUnsafeBytes(of: entry.pointee.d_name) { Self.processID(named: $0) }
            guard let pid else { continue }
            if kernelThreads.contains(pid) {
                count += 1
                kernelThreadsSeen.insert(pid)
                continue
            }
            let read = withUnsafeBytes(of: entry.pointee.d_name) { name in
                readProcessFile(named: name, "stat")
            }
            guard read > 0, let process = ProcessStat.parse(stat: bytes(read)) else { continue }
            count += 1
            if process.isKernelThread {
                kernelThreadsSeen.insert(pid)
                continue
            }
            processes.append(process)
            if process.name == "beam.smp" {
                let length = withUnsafeBytes(of: entry.pointee.d_name) { name in
                    readProcessFile(named: name, "cmdline")
                }
                beamArguments[pid] = bytes(length).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        kernelThreads = kernelThreadsSeen
        return ProcessTable(monotonicTime: now, processes: processes, count: count, beamArguments: beamArguments)
    }

    /// The pid a directory entry's name spells, nil for anything but digits.
    private static func processID(named name: UnsafeRawBufferPointer) -> Int32? {
        var value: Int32 = 0
        var digits = 0
        for byte in name {
            if byte == 0 { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { return nil }
            value = value * 10 + Int32(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// Reads `root/NAME/file` whole into the buffer; returns the bytes read (0 when it is gone).
    private func readProcessFile(named name: UnsafeRawBufferPointer, _ file: StaticString) -> Int {
        path.removeAll(keepingCapacity: true)
        for byte in root.utf8 { path.append(CChar(bitPattern: byte)) }
        path.append(CChar(bitPattern: UInt8(ascii: "/")))
        for byte in name {
            if byte == 0 { break }
            path.append(CChar(bitPattern: byte))
        }
        path.append(CChar(bitPattern: UInt8(ascii: "/")))
        file.withUTF8Buffer { for byte in $0 { path.append(CChar(bitPattern: byte)) } }
        path.append(0)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        return readWhole(descriptor)
    }

    /// A machine-wide file's text, read again from its start; valid until the next read.
    private func text(of file: MachineFile) -> ProcText {
        let descriptor = machineFiles[file.rawValue]
        return ProcText(bytes: bytes(descriptor >= 0 ? readWhole(descriptor) : 0))
    }

    /// Reads `descriptor` from offset 0 to its end into the buffer, growing it when the file is larger;
    /// returns the length. A /proc file fills what it is asked for when it has that much, so a short read is
    /// its end: one `pread` for most files.
    private func readWhole(_ descriptor: Int32) -> Int {
        var length = 0
        while true {
            if length == buffer.count { grow() }
            let wanted = buffer.count - length
            let count = pread(descriptor, buffer.baseAddress! + length, wanted, off_t(length))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return length }
            length += count
            if count < wanted { return length }
        }
    }

    private func grow() {
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
        _ = larger.initialize(from: buffer)
        buffer.deallocate()
        buffer = larger
    }

    private func bytes(_ length: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[0..<length])
    }
}
