#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread of its own that asks one mount for its size when told to: `FilesystemProbe` keeps one per
/// mount, so a sample costs a wake-up rather than a new thread, and a hung mount holds up only its own.
final class MountWorker: @unchecked Sendable {
    /// The mount this worker asks.
    let path: String
    private let condition = ThreadCondition()
    private var requested = 0
    private var answered = 0
    private var reading: FilesystemReading = .failed("not read yet")
    private var stopped = false

    /// A worker for `path`, its thread started.
    init(path: String) {
        self.path = path
        startWorkerThread(named: "exesdb-top statvfs") { [self] in serve() }
    }

    /// The mount's size, waiting at most `timeout` seconds; timed out at once while an earlier call is
    /// still stuck.
    func read(timeout: Double) -> FilesystemReading {
        let deadline = ThreadCondition.deadline(after: timeout)
        condition.lock()
        defer { condition.unlock() }
        guard requested == answered, !stopped else { return .timedOut(seconds: timeout) }
        requested += 1
        condition.broadcast()
        while answered != requested {
            if !condition.wait(until: deadline) { break }
        }
        return answered == requested ? reading : .timedOut(seconds: timeout)
    }

    /// Ends the thread once it is idle (or once its stuck call returns).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func serve() {
        condition.lock()
        defer { condition.unlock() }
        while true {
            while requested == answered, !stopped { condition.wait() }
            if stopped { return }
            let ticket = requested
            condition.unlock()
            let result = Self.statfs(path)
            condition.lock()
            reading = result
            answered = ticket
            condition.broadcast()
        }
    }

    private static func statfs(_ path: String) -> FilesystemReading {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return .failed(errnoText(errno)) }
        let unit = UInt64(info.f_frsize)
        let total = UInt64(info.f_blocks) * unit
        let free = UInt64(info.f_bfree) * unit
        return .usage(total: total, used: total - min(total, free), available: UInt64(info.f_bavail) * unit)
    }
}
