import ExESDBMonitor
import Glibc

/// Decode and fold of a whole stream held in memory, as the console does it for every line that arrives:
/// find the newline, `EventDecoder.decode`, `Store.apply`. Each run folds into a fresh Store.
struct IngestBenchmark {
    /// The stream, newline-terminated lines back to back.
    let bytes: [UInt8]

    /// Lines between two readings of the resident set size during a run.
    private static let memoryProbeInterval = 65_536

    /// Runs the fold `runs` times and reports lines per second (by CPU time and by wall time), nanoseconds a
    /// line, and how far the resident set grew while the fold ran.
    func run(runs: Int) -> [Figure] {
        var perCPUSecond: [Double] = [], perWallSecond: [Double] = [], nanoseconds: [Double] = []
        var growth: [Double] = [], peak: [Double] = []
        var tally = (lines: 0, events: 0, rejected: 0, blank: 0)
        for _ in 0..<runs {
            let decoder = EventDecoder()
            var store = Store()
            var lines = 0, firstProbe = Double.nan, highest = 0.0
            let stopwatch = Stopwatch()
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var start = 0
                while start < buffer.count {
                    let rest = buffer.count - start
                    let end = memchr(base + start, 0x0A, rest).map { UnsafeRawPointer($0) - base } ?? buffer.count
                    let line = UnsafeRawBufferPointer(start: base + start, count: end - start)
                    let now = 1_795_700_000 + Double(lines) * 1e-4
                    store.apply(decoder.decode(line, receivedAt: now), at: now)
                    lines += 1
                    if lines % Self.memoryProbeInterval == 0 {
                        let resident = ProcessMemory.residentMiB
                        if firstProbe.isNaN { firstProbe = resident }
                        highest = max(highest, resident)
                    }
                    start = end + 1
                }
            }
            let cpu = stopwatch.cpuSeconds, wall = stopwatch.wallSeconds
            perCPUSecond.append(Double(lines) / cpu)
            perWallSecond.append(Double(lines) / wall)
            nanoseconds.append(cpu * 1e9 / Double(lines))
            growth.append(highest - firstProbe)
            peak.append(highest)
            let counters = store.counters
            tally = (lines, counters.events, counters.rejected, counters.blankLines)
        }
        print("  \(tally.lines) lines: \(tally.events) events, \(tally.rejected) rejected, \(tally.blank) blank")
        return [
            Figure(name: "ingest_lines_per_cpu_s", unit: "lines/s", values: perCPUSecond),
            Figure(name: "ingest_lines_per_wall_s", unit: "lines/s", values: perWallSecond),
            Figure(name: "ingest_ns_per_line", unit: "ns", values: nanoseconds),
            Figure(name: "ingest_rss_growth_mib", unit: "MiB", values: growth),
            Figure(name: "ingest_rss_peak_mib", unit: "MiB", values: peak),
        ]
    }
}
