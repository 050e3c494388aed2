import ExESDBMonitor
import Glibc

/// JSONReader over a corpus of protocol-like NDJSON lines built in memory, so that neither disk
/// nor framing is measured: only the parse of each line into a JSONValue.
struct JSONReaderBenchmark {
    /// The lines, back to back with their newlines, and where each line starts and ends.
    private let corpus: [UInt8]
    private let lineRanges: [Range<Int>]

    init(lineCount: Int) {
        var corpus: [UInt8] = []
        var lineRanges: [Range<Int>] = []
        corpus.reserveCapacity(lineCount * 240)
        lineRanges.reserveCapacity(lineCount)
        for number in 0..<lineCount {
            let start = corpus.count
            corpus.append(contentsOf: Self.line(number).utf8)
            lineRanges.append(start..<corpus.count)
            corpus.append(UInt8(ascii: "\n"))
        }
        self.corpus = corpus
        self.lineRanges = lineRanges
    }

    /// Reads every line `runs` times with `JSONReader.parseObject` and reports the median run.
    func run(runs: Int) -> BenchmarkResult {
        measure(name: "JSONReader.parseObject", runs: runs) { line throws(JSONReadError) in
            try JSONReader.parseObject(line)
        }
    }

    private func measure(
        name: String, runs: Int, read: (UnsafeRawBufferPointer) throws(JSONReadError) -> JSONObject
    ) -> BenchmarkResult {
        var durations: [Double] = []
        var cpuDurations: [Double] = []
        var checksum = 0
        corpus.withUnsafeBytes { buffer in
            for _ in 0..<runs {
                let start = ContinuousClock.now
                let cpuStart = Self.threadCPUSeconds()
                for range in lineRanges {
                    do {
                        checksum &+= try read(UnsafeRawBufferPointer(rebasing: buffer[range])).count
                    } catch {
                        fatalError("benchmark line \(range) did not parse: \(error)")
                    }
                }
                let elapsed = ContinuousClock.now - start
                durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
                cpuDurations.append(Self.threadCPUSeconds() - cpuStart)
            }
        }
        precondition(checksum > 0)
        let bytes = lineRanges.reduce(0) { $0 + $1.count }
        return BenchmarkResult(name: name, lines: lineRanges.count, bytes: bytes, runSeconds: durations, cpuSeconds: cpuDurations)
    }

    /// CPU time this thread has used: on a shared machine wall time also counts other processes' turns.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Line `number` of the corpus: the protocol's message shapes in turn, with values that vary.
    private static func line(_ number: Int) -> String {
        let node = "node\(number % 5 + 1)@demo"
        let milliseconds = 1_795_700_701_123 + number * 7
        let timestamp = "2026-11-26T13:\(10 + number / 60_000 % 50):\(10 + number / 1000 % 50).\(100 + number % 900)Z"
        switch number % 8 {
        case 0:
            return #"{"type":"ClusterHealth","status":"degraded","healthy_nodes":\#(3 + number % 2),"total_nodes":5,"#
                + #""degraded_nodes":["node4@demo"],"unhealthy_nodes":[],"quorum_status":"available","#
                + #""node":"\#(node)","seq":\#(number),"timestamp":"\#(timestamp)"}"#
        case 1:
            return #"{"type":"LatencyMetric","operation":"persistence_write","latency_ms":\#(Double(number % 997) / 10),"#
                + #""percentile":"p95","sample_count":1000,"node":"\#(node)","pubsub":"ex_esdb_metrics","#
                + #""topic":"metrics:latency","seq":\#(number),"timestamp":\#(milliseconds)}"#
        case 2:
            return #"{"type":"NodeHealth","node":"\#(node)","status":"healthy","#
                + #""checks":{"memory":"pass","disk":"pass","ra":"pass"},"load_avg":[0.42,0.37,0.31],"#
                + #""memory_usage":\#(40 + Double(number % 300) / 10),"disk_usage":61.5,"seq":\#(number),"timestamp":"\#(timestamp)"}"#
        case 3:
            return #"{"type":"ThroughputMetric","operation":"append_events","count":\#(number % 5000),"duration_ms":1000,"#
                + #""rate_per_sec":\#(Double(number % 50_000) / 10),"node":"\#(node)","pubsub":"ex_esdb_metrics","#
                + #""topic":"metrics:throughput","seq":\#(number),"timestamp":"\#(timestamp)"}"#
        case 4:
            return #"{"type":"SystemAlert","alert_id":"alert_\#(number)","severity":"warning","category":"performance","#
                + #""title":"Slow writes","description":"p95 write latency above 40 ms","source":"metrics","#
                + #""node":"\#(node)","metadata":{"threshold":40,"window_s":60},"requires_ack":true,"timestamp":"\#(timestamp)"}"#
        case 5:
            return #"{"type":"Heartbeat","node":"\#(node)","sequence":\#(number),"interval_ms":2000,"#
                + #""pubsub":"ex_esdb_system","topic":"system:heartbeat","seq":\#(number),"timestamp":"\#(timestamp)"}"#
        case 6:
            return #"{"type":"StoreTopology","store":"reg_gh","leader":"node1@demo","#
                + #""members":["node1@demo","node2@demo","node3@demo"],"quorum_size":2,"node":"\#(node)","#
                + #""seq":\#(number),"timestamp":"\#(timestamp)"}"#
        default:
            return #"{"type":"LogEvent","component":"ra_server","event_type":"log","store_id":"reg_gh","#
                + #""pid":"<0.\#(number % 9000).0>","message":"leader elected for term \#(number % 40) ✓","#
                + #""metadata":{"level":"info"},"node":"\#(node)","timestamp":\#(milliseconds * 1000)}"#
        }
    }
}
