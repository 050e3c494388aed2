/// One point of a time series: a receive time in epoch seconds and a value.
public struct Sample: Sendable, Hashable {
    public var time: Double
    public var value: Double

    public init(time: Double, value: Double) {
        self.time = time
        self.value = value
    }
}
