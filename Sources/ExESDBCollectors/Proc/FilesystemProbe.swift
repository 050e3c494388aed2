import Synchronization

/// Asks mounts for their size with `statvfs` on a thread kept for each mount, waiting at most `timeout`: a
/// hung NFS mount costs one stuck thread, never a stalled sampler. While a call for a mount is still stuck,
/// that mount is reported as timed out without asking again.
public final class FilesystemProbe: Sendable {
    /// Seconds to wait for each mount.
    public let timeout: Double
    private let workers = Mutex<[String: MountWorker]>([:])

    /// A probe that waits `timeout` seconds per mount.
    public init(timeout: Double = 0.5) {
        self.timeout = timeout
    }

    deinit {
        workers.withLock { workers in
            for worker in workers.values { worker.stop() }
        }
    }

    /// The size of the filesystem holding `path`.
    public func read(_ path: String) -> FilesystemReading {
        let worker = workers.withLock { workers in
            if let worker = workers[path] { return worker }
            let worker = MountWorker(path: path)
            workers[path] = worker
            return worker
        }
        return worker.read(timeout: timeout)
    }
}
