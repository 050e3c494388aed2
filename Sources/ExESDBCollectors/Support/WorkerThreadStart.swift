#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a thread from `startWorkerThread` runs: it names itself, then runs the body.
final class WorkerThreadStart: Sendable {
    private let name: String
    private let body: @Sendable () -> Void

    init(name: String, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }

    /// Names the current thread (the kernel keeps 15 bytes; glibc's pthread_setname_np is hidden from
    /// Swift, so the name goes to /proc/thread-self/comm) and runs the body.
    func run() {
        #if canImport(Glibc)
        let descriptor = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        if descriptor >= 0 {
            let shortName = Array(name.utf8.prefix(15))
            _ = shortName.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        #else
        pthread_setname_np(String(name.utf8.prefix(15))!)
        #endif
        body()
    }
}
