import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Asks mounts for their size with `statvfs` on a separate thread, waiting at most `timeout`: a hung
/// NFS mount costs one stuck thread, never a stalled sampler. While a call for a mount is still
/// stuck, that mount is reported as timed out without starting another.
public final class FilesystemProbe: Sendable {
    /// Seconds to wait for each mount.
    public let timeout: Double
    private let state = Mutex(Calls())

    private struct Calls {
        var stuck: Set<String> = []
        var results: [Int: FilesystemReading] = [:]
        var abandoned: Set<Int> = []
        var nextTicket = 0
    }

    /// A probe that waits `timeout` seconds per mount.
    public init(timeout: Double = 0.5) {
        self.timeout = timeout
    }

    /// The size of the filesystem holding `path`.
    public func read(_ path: String) -> FilesystemReading {
        let ticket: Int? = state.withLock { calls in
            if calls.stuck.contains(path) { return nil }
            calls.stuck.insert(path)
            calls.nextTicket += 1
            return calls.nextTicket
        }
        guard let ticket else { return .timedOut(seconds: timeout) }
        let done = DispatchSemaphore(value: 0)
        startWorkerThread(named: "exesdb-top statvfs") { [self] in
            let reading = Self.statfs(path)
            state.withLock { calls in
                calls.stuck.remove(path)
                if calls.abandoned.remove(ticket) == nil { calls.results[ticket] = reading }
            }
            done.signal()
        }
        let answered = done.wait(timeout: .now() + timeout) == .success
        return state.withLock { calls in
            if let reading = calls.results.removeValue(forKey: ticket) { return reading }
            if !answered { calls.abandoned.insert(ticket) }
            return .timedOut(seconds: timeout)
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
