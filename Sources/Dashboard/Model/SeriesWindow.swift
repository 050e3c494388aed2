import ExESDBMonitor

/// One value per second over a window, combined across nodes (summed for throughput, the maximum for
/// latency), with its extremes and trend. A node's latest sample holds for `hold` seconds, so metrics
/// sent every few seconds draw a continuous line and a silent node drops out.
struct SeriesWindow {
    /// Oldest first; nil where no node had a value.
    var values: [Double?]
    var minimum: Double?
    var maximum: Double?
    var trend: TrendDirection

    /// How series from several nodes are combined.
    enum Combination { case sum, maximum }

    /// The value of the newest second.
    var current: Double? { values.last ?? nil }

    /// The window of `seconds` seconds ending at the second of `now`.
    init(rings: [BoundedRing<Sample>], endingAt now: Double, seconds: Int, hold: Double = 10, combining: Combination) {
        let count = max(1, seconds)
        var values = [Double?](repeating: nil, count: count)
        let firstSecond = now.rounded(.down) - Double(count - 1)
        for ring in rings {
            var position = 0
            var latest: Sample?
            for bucket in 0..<count {
                let limit = firstSecond + Double(bucket + 1)
                while position < ring.count, ring[position].time < limit {
                    latest = ring[position]
                    position += 1
                }
                guard let sample = latest, limit - sample.time <= hold + 1 else { continue }
                if let existing = values[bucket] {
                    values[bucket] = combining == .sum ? existing + sample.value : Swift.max(existing, sample.value)
                } else {
                    values[bucket] = sample.value
                }
            }
        }
        self.values = values
        var minimum: Double?
        var maximum: Double?
        for case let value? in values {
            minimum = Swift.min(minimum ?? value, value)
            maximum = Swift.max(maximum ?? value, value)
        }
        self.minimum = minimum
        self.maximum = maximum
        trend = Self.trend(of: values)
    }

    /// Up or down when the newest quarter's average differs from the rest's by more than 5 %.
    static func trend(of values: [Double?]) -> TrendDirection {
        let split = values.count - Swift.max(1, values.count / 4)
        guard split > 0, let earlier = average(values[..<split]), let recent = average(values[split...]) else {
            return .flat
        }
        let margin = Swift.max(abs(earlier) * 0.05, 1e-9)
        if recent > earlier + margin { return .up }
        if recent < earlier - margin { return .down }
        return .flat
    }

    private static func average(_ slice: ArraySlice<Double?>) -> Double? {
        var total = 0.0
        var count = 0
        for case let value? in slice {
            total += value
            count += 1
        }
        return count == 0 ? nil : total / Double(count)
    }
}
