/// A value and the receive time it arrived at (epoch seconds).
public struct Timed<Value> {
    public var value: Value
    public var receivedAt: Double

    public init(_ value: Value, receivedAt: Double) {
        self.value = value
        self.receivedAt = receivedAt
    }
}

extension Timed: Sendable where Value: Sendable {}
extension Timed: Equatable where Value: Equatable {}
