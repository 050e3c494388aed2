import Glibc

/// Wall-clock and CPU time since it was started. CPU time is this thread's own: on a shared machine wall time
/// also counts the turns other processes take, CPU time does not.
struct Stopwatch {
    private let wallStart: ContinuousClock.Instant
    private let cpuStart: Double

    /// A stopwatch started now.
    init() {
        wallStart = .now
        cpuStart = Self.threadCPUSeconds()
    }

    /// Seconds of wall-clock time since the start.
    var wallSeconds: Double {
        let elapsed = ContinuousClock.now - wallStart
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Seconds of this thread's CPU time since the start.
    var cpuSeconds: Double { Self.threadCPUSeconds() - cpuStart }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
