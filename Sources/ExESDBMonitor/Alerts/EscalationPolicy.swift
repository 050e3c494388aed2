/// When this console escalates an alert nobody acknowledged: level 2 `firstAfter` seconds after it fired,
/// then one level more every `thenAfter` seconds, up to `maximumLevel`.
public struct EscalationPolicy: Sendable, Hashable {
    public var firstAfter: Double
    public var thenAfter: Double
    public var maximumLevel: Int

    /// The default: level 2 after 15 minutes, level 3 after 30 more.
    public init(firstAfter: Double = 15 * 60, thenAfter: Double = 30 * 60, maximumLevel: Int = 3) {
        self.firstAfter = firstAfter
        self.thenAfter = thenAfter
        self.maximumLevel = maximumLevel
    }

    /// When an alert at `level`, which reached it at `time`, escalates next; nil at the top level.
    public func nextEscalation(afterReaching level: Int, at time: Double) -> Double? {
        guard level < maximumLevel else { return nil }
        return time + (level <= 1 ? firstAfter : thenAfter)
    }
}
