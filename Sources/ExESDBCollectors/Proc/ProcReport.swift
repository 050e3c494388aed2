import ExESDBMonitor

/// Turns two /proc samples into protocol lines: ResourceUsage for cpu, memory, each disk mount and
/// the network, and, from a sample that scanned the process table, a SystemState with the largest processes
/// and the node's Erlang VMs. Pure.
public struct ProcReport: Sendable {
    /// The node name the lines carry.
    public var node: String
    /// Kernel clock ticks per second (`sysconf(_SC_CLK_TCK)`).
    public var ticksPerSecond: Double
    /// Bytes per memory page.
    public var pageSize: UInt64
    /// How many of the largest processes SystemState lists.
    public var largestProcessCount: Int

    /// A report for `node`.
    public init(node: String, ticksPerSecond: Double = 100, pageSize: UInt64 = 4096, largestProcessCount: Int = 5) {
        self.node = node
        self.ticksPerSecond = ticksPerSecond
        self.pageSize = pageSize
        self.largestProcessCount = largestProcessCount
    }

    /// The lines (UTF-8, without newlines) for `current`; rates and CPU shares need `previous` and are left out without it.
    /// `mounts` pairs each mount path with its reading, `/` first. `timestamp` is epoch milliseconds.
    /// SystemState comes only with a sample that scanned the process table; each process's CPU share is
    /// taken over the time since `earlierProcesses`, the scan before.
    public func lines(
        previous: ProcSample?, current: ProcSample, earlierProcesses: ProcessTable? = nil,
        mounts: [(path: String, reading: FilesystemReading)], timestamp: Int64, sequence: Int
    ) -> [[UInt8]] {
        let seconds = previous.map { current.monotonicTime - $0.monotonicTime } ?? 0
        var lines: [[UInt8]] = []
        if let previous, let now = current.cpu, let before = previous.cpu {
            let total = now.usagePercent(since: before)
            let perCore = zip(current.cores, previous.cores).map { $0.usagePercent(since: $1) }
            let cores = Double(max(1, current.cores.count))
            var members = usage("cpu", percent: total, total: .double(cores), used: .double(cores * total / 100))
            members.append(.init("per_core", .array(perCore.map { .double($0) })))
            if let load = current.load {
                members.append(.init("load_avg", .array([.double(load.one), .double(load.five), .double(load.fifteen)])))
            }
            lines.append(encode(members, timestamp))
        }
        if let memory = current.memory {
            var members = usage(
                "memory", percent: memory.usedPercent, total: .integer(Int64(memory.total)),
                used: .integer(Int64(memory.used)))
            members.append(.init("available_bytes", .integer(Int64(memory.available))))
            lines.append(encode(members, timestamp))
        }
        for (index, mount) in mounts.enumerated() {
            var members: [JSONObject.Member]
            switch mount.reading {
            case .usage(let total, let used, _):
                members = usage(
                    "disk", percent: mount.reading.usedPercent ?? 0, total: .integer(Int64(total)),
                    used: .integer(Int64(used)))
            case .timedOut(let timeout):
                members = [typeMember, .init("resource_type", .string("disk")),
                           .init("error", .string("statvfs timed out after \(timeout.formatted(maximumFractionDigits: 1)) s"))]
            case .failed(let reason):
                members = [typeMember, .init("resource_type", .string("disk")), .init("error", .string(reason))]
            }
            members.insert(.init("mount", .string(mount.path)), at: 2)
            if index == 0, let previous, seconds > 0 {
                let rates = current.disk.rates(since: previous.disk, seconds: seconds)
                members.append(.init("read_bytes_per_sec", .double(rates.inbound)))
                members.append(.init("write_bytes_per_sec", .double(rates.outbound)))
            }
            lines.append(encode(members, timestamp))
        }
        if let previous, seconds > 0 {
            let rates = current.network.rates(since: previous.network, seconds: seconds)
            lines.append(encode([
                typeMember, .init("resource_type", .string("network")),
                .init("current_used", .double(rates.inbound + rates.outbound)),
                .init("rx_bytes_per_sec", .double(rates.inbound)),
                .init("tx_bytes_per_sec", .double(rates.outbound)),
            ], timestamp))
        }
        if let processes = current.processes {
            lines.append(systemState(
                earlier: earlierProcesses, processes: processes, current: current, timestamp: timestamp,
                sequence: sequence))
        }
        return lines
    }

    private var typeMember: JSONObject.Member { .init("type", .string("ResourceUsage")) }

    private func usage(_ kind: String, percent: Double, total: JSONValue, used: JSONValue) -> [JSONObject.Member] {
        [typeMember, .init("resource_type", .string(kind)), .init("usage_percent", .double(percent)),
         .init("total_available", total), .init("current_used", used)]
    }

    private func encode(_ members: [JSONObject.Member], _ timestamp: Int64) -> [UInt8] {
        var members = members
        members.append(.init("node", .string(node)))
        members.append(.init("timestamp", .integer(timestamp)))
        return JSONBytes.line(JSONObject(members))
    }

    private func systemState(
        earlier: ProcessTable?, processes table: ProcessTable, current: ProcSample, timestamp: Int64, sequence: Int
    ) -> [UInt8] {
        let seconds = earlier.map { table.monotonicTime - $0.monotonicTime } ?? 0
        let earlierTicks = Dictionary(
            (earlier?.processes ?? []).map { ($0.pid, $0.cpuTicks) }, uniquingKeysWith: { first, _ in first })
        func cpuPercent(_ process: ProcessStat) -> JSONValue {
            guard seconds > 0, let before = earlierTicks[process.pid], process.cpuTicks >= before else { return .null }
            return .double(Double(process.cpuTicks - before) / ticksPerSecond / seconds * 100)
        }
        func describe(_ process: ProcessStat) -> [JSONObject.Member] {
            [.init("pid", .integer(Int64(process.pid))), .init("name", .string(process.name)),
             .init("memory", .integer(Int64(process.residentPages * pageSize))),
             .init("cpu_percent", cpuPercent(process))]
        }
        let largest = table.processes.sorted { $0.residentPages > $1.residentPages }.prefix(largestProcessCount)
        let vms = table.processes.filter { $0.name == "beam.smp" }.map { process -> JSONValue in
            var members = describe(process)
            if let name = Self.erlangNodeName(table.beamArguments[process.pid] ?? []) {
                members.append(.init("node_name", .string(name)))
            }
            return .object(JSONObject(members))
        }
        var data: [JSONObject.Member] = []
        if let memory = current.memory {
            data.append(.init("total_memory", .integer(Int64(memory.total))))
            data.append(.init("used_memory", .integer(Int64(memory.used))))
        }
        data.append(.init("process_count", .integer(Int64(table.count))))
        if let load = current.load {
            data.append(.init("load_avg", .array([.double(load.one), .double(load.five), .double(load.fifteen)])))
            data.append(.init("runnable_tasks", .integer(Int64(load.running))))
        }
        data.append(.init("largest_processes", .array(largest.map { .object(JSONObject(describe($0))) })))
        data.append(.init("erlang_vms", .array(vms)))
        return encode([
            .init("type", .string("SystemState")),
            .init("snapshot_id", .string("proc-\(node)-\(sequence)")),
            .init("snapshot_type", .string("process_tree")),
            .init("state_data", .object(JSONObject(data))),
            .init("process_count", .integer(Int64(table.count))),
            .init("memory_usage", current.memory.map { .integer(Int64($0.used)) } ?? .null),
            .init("trigger_reason", .string("periodic")),
        ], timestamp)
    }

    /// The Erlang node name from a `beam.smp` command line (`-sname x` or `-name x@host`).
    static func erlangNodeName(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() where argument == "-sname" || argument == "-name" {
            if index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
