#if canImport(Glibc)
import Glibc
#endif
import ExESDBMonitor
import Synchronization

/// Plays a recording back with its original timing (scaled by `speed`). Each line keeps the source
/// it was recorded from; its receive time is moved to now: replay start + (t − t₀) / speed, so
/// staleness and rates look as they did live. At `max` speed the recorded times are kept as they are,
/// so the replay folds into exactly the state the live run had. Lines that are not recording entries are skipped
/// and counted. The end of the recording gives `.ended`.
public final class ReplayCollector: ThreadedCollector {
    public let id: SourceID
    /// The recording's path.
    public let path: String
    /// The playback speed.
    public let speed: ReplaySpeed
    let stopSignal = StopSignal()
    private let skipped = Mutex(0)

    /// A replay of the recording at `path`, named `replay:PATH` unless `id` is given.
    public init(path: String, speed: ReplaySpeed = .factor(1), id: SourceID? = nil) {
        self.path = path
        self.speed = speed
        self.id = id ?? SourceID("replay:\(path)")
    }

    /// Recording lines that could not be read as entries.
    public var skippedEntryCount: Int { skipped.withLock { $0 } }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            deliver(.state(id, .failed("cannot open \(path): \(errnoText(errno))")))
            return
        }
        defer { _ = Glibc.close(descriptor) }
        deliver(.state(id, .connected))
        var framer = LineFramer()
        var clock = PlaybackClock(speed: speed)
        var batch: [ReceivedLine] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        func play(_ lines: [[UInt8]]) -> Bool {
            for bytes in lines {
                guard let entry = RecordingEntry(decoding: bytes) else {
                    skipped.withLock { $0 += 1 }
                    continue
                }
                let due = clock.schedule(entry.time)
                if due.wait > 0 {
                    if !batch.isEmpty { deliver(.lines(batch)) }
                    batch = []
                    if stopSignal.wait(seconds: due.wait) { return false }
                }
                batch.append(ReceivedLine(source: SourceID(entry.source), bytes: Array(entry.line.utf8), receivedAt: due.receivedAt))
                if batch.count >= 4_096 {
                    deliver(.lines(batch))
                    batch = []
                }
            }
            return !stopSignal.isFired
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            let chunk = count > 0 ? buffer.withUnsafeBytes { framer.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) } : framer.finish()
            guard play(chunk.lines) else { return }
            if count <= 0 { break }
        }
        if !batch.isEmpty { deliver(.lines(batch)) }
        deliver(.state(id, .ended))
    }
}
