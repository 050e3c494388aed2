import ExESDBMonitor

/// Whether the console's state stays bounded: folds a long stream, where one line in 50 brings a node,
/// operation, store or component never seen before, into one Store and one AlertBook (as the console's live
/// state does), and reads the resident set size after every million lines.
struct MemoryBenchmark {
    /// Lines to fold in all.
    var lines: Int
    /// Lines between two readings.
    var readingInterval = 1_000_000

    /// The resident set after the first reading and after the last, and the last over the first.
    func run() -> [Figure] {
        let generator = StreamGenerator(freshKeys: true)
        let decoder = EventDecoder()
        var store = Store()
        var alerts = AlertBook()
        var readings: [Double] = []
        for number in 0..<lines {
            let now = 1_795_700_000 + Double(number) * 1e-4
            let result = decoder.decode(generator.line(number), receivedAt: now)
            store.apply(result, at: now)
            if case .event(let event) = result { alerts.apply(event, at: now) }
            if (number + 1) % readingInterval == 0 {
                readings.append(ProcessMemory.residentMiB)
                print("  after \(number + 1) lines: \(Figure.text(readings.last!)) MiB resident, "
                      + "\(store.nodes.count) nodes, \(store.throughput.count + store.latency.count) series")
            }
        }
        guard let first = readings.first, let last = readings.last else { return [] }
        return [
            Figure(name: "memory_rss_first_mib", unit: "MiB", values: [first]),
            Figure(name: "memory_rss_last_mib", unit: "MiB", values: [last]),
            Figure(name: "memory_rss_ratio", unit: "x", values: [last / first]),
        ]
    }
}
