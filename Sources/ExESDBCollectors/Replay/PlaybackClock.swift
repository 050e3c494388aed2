/// Maps recorded times onto the playback timeline.
struct PlaybackClock {
    let speed: ReplaySpeed
    private var origin: (recorded: Double, wall: Double, monotonic: Double)?

    init(speed: ReplaySpeed) {
        self.speed = speed
    }

    /// For an entry recorded at `time`: how long to wait before delivering it and the receive time to give it.
    mutating func schedule(_ time: Double) -> (wait: Double, receivedAt: Double) {
        let now = WallClock.monotonic()
        let start = origin ?? (time, WallClock.now(), now)
        origin = start
        guard case .factor(let factor) = speed, factor > 0 else {
            return (0, time)
        }
        let offset = max(0, time - start.recorded) / factor
        return (start.monotonic + offset - now, start.wall + offset)
    }
}
