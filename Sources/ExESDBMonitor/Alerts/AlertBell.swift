/// When to ring the terminal bell: once for alerts that became critical since the last look (neither silenced
/// nor folded), at most once per `interval` seconds; criticals arriving in between are counted, not rung.
public struct AlertBell: Sendable, Hashable {
    /// The least number of seconds between two bells.
    public var interval: Double
    /// When it last rang.
    public private(set) var lastRang: Double?
    /// Criticals that came within `interval` of a bell and did not ring it.
    public private(set) var suppressedCount = 0
    private var seenCriticalSequence = 0

    public init(interval: Double = 30) {
        self.interval = interval
    }

    /// Looks at `book` at `now`: true when the bell should ring.
    public mutating func shouldRing(for book: AlertBook, at now: Double) -> Bool {
        let fresh = book.newCriticals(after: seenCriticalSequence, at: now)
        seenCriticalSequence = book.criticalSequence
        guard !fresh.isEmpty else { return false }
        // A bell "rung later than now" means the wall clock was set back: ring, rather than stay quiet until it catches up.
        if let lastRang, now >= lastRang, now - lastRang < interval {
            suppressedCount += fresh.count
            return false
        }
        lastRang = now
        return true
    }
}
