/// The demo cluster as a source: delivers `DemoCluster.lineBytes(atSecond:)` once per simulated second.
/// `speed` compresses time (2 = a simulated second every half second); `startingAt` skips into the storyline.
public final class DemoCollector: ThreadedCollector {
    public let id: SourceID
    private let seed: UInt64
    private let speed: Double
    private let firstSecond: Int
    let stopSignal = StopSignal()

    /// A demo source named `demo` unless `id` is given.
    public init(seed: UInt64 = 1, speed: Double = 1, startingAt firstSecond: Int = 0, id: SourceID = SourceID("demo")) {
        self.id = id
        self.seed = seed
        self.speed = speed > 0 ? speed : 1
        self.firstSecond = max(0, firstSecond)
    }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        let startWall = WallClock.now()
        let startMonotonic = WallClock.monotonic()
        let cluster = DemoCluster(seed: seed, startEpoch: startWall - Double(firstSecond))
        deliver(.state(id, .connected))
        var second = firstSecond
        while !stopSignal.isFired {
            let now = WallClock.now()
            let lines = cluster.lineBytes(atSecond: second)
            deliver(.lines(lines.map { ReceivedLine(source: id, bytes: $0, receivedAt: now) }))
            second += 1
            let due = startMonotonic + Double(second - firstSecond) / speed
            if stopSignal.wait(seconds: due - WallClock.monotonic()) { return }
        }
    }
}
