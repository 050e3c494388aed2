/// The outcome of one benchmark: how much input it went through and the median time of its runs.
struct BenchmarkResult {
    /// What was measured, e.g. "JSONReader.parse".
    var name: String
    /// Lines processed per run.
    var lines: Int
    /// Bytes processed per run.
    var bytes: Int
    /// Wall-clock seconds of each run, in the order they ran.
    var runSeconds: [Double]
    /// CPU seconds of each run (the measuring thread's own time), in the same order.
    var cpuSeconds: [Double]

    /// One line for the terminal: rates from the median wall-clock run and the median CPU time.
    var summary: String {
        let wall = Self.median(runSeconds)
        let cpu = Self.median(cpuSeconds)
        let runs = runSeconds.map { format($0 * 1000, decimals: 1) + " ms" }.joined(separator: ", ")
        return "\(name): \(format(Double(lines) / wall, decimals: 0)) lines/s, "
            + "\(format(Double(bytes) / wall / 1_000_000, decimals: 1)) MB/s, \(format(wall * 1e9 / Double(lines), decimals: 1)) ns/line "
            + "(median of \(runSeconds.count): \(runs)); by CPU time \(format(Double(lines) / cpu, decimals: 0)) lines/s, "
            + "\(format(cpu * 1e9 / Double(lines), decimals: 1)) ns/line"
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private func format(_ value: Double, decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int(value * Double(scale) + 0.5)
        let fraction = String(scaled % scale)
        let padding = String(repeating: "0", count: max(0, decimals - fraction.count))
        return decimals == 0 ? String(scaled) : "\(scaled / scale).\(padding)\(fraction)"
    }
}
