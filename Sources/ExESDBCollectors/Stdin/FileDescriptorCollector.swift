#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from an open file descriptor until EOF: standard input (`-`), or a pipe.
/// Reads wait at most 200 ms at a time so `stop` is honoured promptly; EOF gives `.ended`.
public final class FileDescriptorCollector: ThreadedCollector {
    public let id: SourceID
    private let descriptor: Int32
    private let readSize: Int
    let stopSignal = StopSignal()

    /// A collector reading `descriptor` (0 for standard input); it does not close the descriptor.
    public init(descriptor: Int32 = STDIN_FILENO, id: SourceID = SourceID("-"), readSize: Int = 65_536) {
        self.id = id
        self.descriptor = descriptor
        self.readSize = max(1, readSize)
    }

    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        var stream = LineStream(source: id)
        var buffer = [UInt8](repeating: 0, count: readSize)
        deliver(.state(id, .connected))
        while !stopSignal.isFired {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 200)
            if ready == 0 { continue }
            if ready < 0 {
                if errno == EINTR { continue }
                deliver(.state(id, .failed(errnoText(errno))))
                return
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                deliver(.state(id, .failed(errnoText(errno))))
                return
            }
            let now = WallClock.now()
            if count == 0 {
                stream.finish(at: now, deliver: deliver)
                deliver(.state(id, .ended))
                return
            }
            if stopSignal.isFired { return }
            buffer.withUnsafeBytes { stream.feed(UnsafeRawBufferPointer(rebasing: $0[0..<count]), at: now, deliver: deliver) }
        }
    }
}
