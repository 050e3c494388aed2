import ExESDBMonitor
import Glibc

/// Parse only, the same work as the orjson loop it is compared with: every line of the stream through
/// `JSONReader.parse` (raw log lines and broken lines fail fast and are counted), nothing decoded or kept.
struct JSONReaderBenchmark {
    /// The stream, newline-terminated lines back to back.
    let bytes: [UInt8]

    /// Lines per CPU second of each run.
    func run(runs: Int) -> [Figure] {
        var perCPUSecond: [Double] = []
        var parsed = 0, failed = 0
        for _ in 0..<runs {
            parsed = 0
            failed = 0
            let stopwatch = Stopwatch()
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var start = 0
                while start < buffer.count {
                    let end = memchr(base + start, 0x0A, buffer.count - start).map { UnsafeRawPointer($0) - base }
                        ?? buffer.count
                    do {
                        _ = try JSONReader.parse(UnsafeRawBufferPointer(start: base + start, count: end - start))
                        parsed += 1
                    } catch {
                        failed += 1
                    }
                    start = end + 1
                }
            }
            perCPUSecond.append(Double(parsed + failed) / stopwatch.cpuSeconds)
        }
        print("  \(parsed) lines parsed, \(failed) not JSON")
        return [Figure(name: "reader_lines_per_cpu_s", unit: "lines/s", values: perCPUSecond)]
    }
}
