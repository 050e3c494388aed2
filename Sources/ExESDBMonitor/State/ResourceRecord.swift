/// The latest reading of one resource on a node, with a short history of its usage percentage (for a network
/// reading without one, of its bytes per second in and out).
public struct ResourceRecord: Sendable, Equatable {
    public var latest: ResourceUsage
    public var receivedAt: Double
    public var history: BoundedRing<Sample>

    public init(latest: ResourceUsage, receivedAt: Double, historyLength: Int) {
        self.latest = latest
        self.receivedAt = receivedAt
        self.history = BoundedRing(capacity: historyLength)
    }
}
