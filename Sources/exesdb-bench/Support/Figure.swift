/// One measured quantity with its value in each run, printed for people and as a `RESULT` line that
/// `scripts/bench` collects: `RESULT name unit value value …`.
struct Figure {
    /// A key without spaces, e.g. `ingest_lines_per_cpu_s`.
    var name: String
    /// The unit, e.g. `lines/s`, `MiB`, `us`.
    var unit: String
    /// The value of each run, in the order they ran.
    var values: [Double]

    /// The middle value (the mean of the two middle ones for an even count).
    var median: Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Prints the human line and the `RESULT` line.
    func report() {
        let range = values.count > 1
            ? " (\(Self.text(values.min()!))–\(Self.text(values.max()!)), \(values.count) runs)" : ""
        print("  \(name): \(Self.text(median)) \(unit)\(range)")
        print("RESULT \(name) \(unit) " + values.map { Self.text($0) }.joined(separator: " "))
    }

    /// A value with three significant decimals at most, without exponent.
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "nan" }
        let magnitude = abs(value)
        let decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((magnitude * scale).rounded())
        let whole = String(scaled / Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + whole }
        let fraction = String(scaled % Int(scale))
        return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
