#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows a file like `tail -F`: starts at its end (or its start), follows appends, survives
/// truncation (copytruncate: reads again from 0) and rotation by rename (drains the old file to its
/// end, then opens the new one from 0), says when the file was removed (still reading the old one until a new
/// one appears, read from 0), and waits for a file that does not exist yet. Polls every `pollInterval` seconds.
public final class FileTailCollector: ThreadedCollector {
    public let id: SourceID
    /// The followed path.
    public let path: String
    private let fromStart: Bool
    private let pollInterval: Double
    private let readSize = 65_536
    let stopSignal = StopSignal()

    /// A collector following `path`; `fromStart` reads what the file already holds first.
    public init(path: String, id: SourceID? = nil, fromStart: Bool = false, pollInterval: Double = 0.2) {
        self.path = path
        self.id = id ?? SourceID("file:\(path)")
        self.fromStart = fromStart
        self.pollInterval = max(0.01, pollInterval)
    }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        var stream = LineStream(source: id)
        var file: FollowedFile?
        var state: SourceState?
        var firstOpen = true
        func announce(_ next: SourceState) {
            if next != state {
                state = next
                deliver(.state(id, next))
            }
        }
        defer { file?.close() }
        while !stopSignal.isFired {
            if file == nil {
                if let opened = FollowedFile.open(path, atEnd: firstOpen && !fromStart) {
                    file = opened
                    firstOpen = false
                    announce(.connected)
                } else {
                    let failure = errno
                    firstOpen = false
                    announce(.waiting(for: failure == ENOENT ? path : "\(path) (\(errnoText(failure)))"))
                }
            }
            if var current = file {
                guard drain(&current, into: &stream, deliver: deliver) else {
                    file = current
                    continue
                }
                if let size = current.currentSize(), size < current.offset {
                    current.rewind()
                    file = current
                    continue
                }
                let replaced = current.isReplaced(at: path)
                if replaced == true {
                    while !drain(&current, into: &stream, deliver: deliver) {}
                    stream.finish(at: WallClock.now(), deliver: deliver)
                    current.close()
                    file = FollowedFile.open(path, atEnd: false)
                    announce(file == nil ? .waiting(for: path) : .connected)
                    continue
                }
                if replaced == nil, errno == ENOENT {
                    // Gone: say so, and keep reading the old file (a writer may still hold it) until a new one appears.
                    announce(.waiting(for: "\(path) (file removed)"))
                }
                file = current
            }
            stopSignal.wait(seconds: pollInterval)
        }
    }

    /// Reads what `file` holds beyond its offset, up to 4 MiB at a time; true when it reached the end.
    private func drain(
        _ file: inout FollowedFile, into stream: inout LineStream,
        deliver: (CollectorOutput) -> Void
    ) -> Bool {
        var buffer = [UInt8](repeating: 0, count: readSize)
        for _ in 0..<64 {
            if stopSignal.isFired { return true }
            let count = buffer.withUnsafeMutableBytes { read(file.descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return true }
            file.offset += Int64(count)
            let now = WallClock.now()
            buffer.withUnsafeBytes { stream.feed(UnsafeRawBufferPointer(rebasing: $0[0..<count]), at: now, deliver: deliver) }
        }
        return false
    }
}
