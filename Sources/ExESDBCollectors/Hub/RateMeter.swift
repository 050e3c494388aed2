/// Events per second over a sliding window of whole seconds, fed with receive times.
public struct RateMeter: Sendable {
    private var buckets: [Int]
    private var bucketSecond: [Int]
    /// The window, in seconds.
    public let window: Int

    public init(window: Int = 5) {
        self.window = max(1, window)
        buckets = Array(repeating: 0, count: self.window + 1)
        bucketSecond = Array(repeating: .min, count: self.window + 1)
    }

    /// Counts `count` events at `time` (epoch seconds).
    public mutating func add(_ count: Int = 1, at time: Double) {
        let second = Int(time.rounded(.down))
        let slot = ((second % buckets.count) + buckets.count) % buckets.count
        if bucketSecond[slot] != second {
            bucketSecond[slot] = second
            buckets[slot] = 0
        }
        buckets[slot] += count
    }

    /// The mean rate over the last `window` complete seconds before `now`.
    public func rate(at now: Double) -> Double {
        let current = Int(now.rounded(.down))
        var total = 0
        for (slot, second) in bucketSecond.enumerated() where second < current && second >= current - window {
            total += buckets[slot]
        }
        return Double(total) / Double(window)
    }
}
