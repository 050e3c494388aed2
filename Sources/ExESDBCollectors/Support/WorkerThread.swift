#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts `body` on a new thread named `name`; collectors never run their loops on the caller's thread.
func startWorkerThread(named name: String, _ body: @escaping @Sendable () -> Void) {
    let work = Unmanaged.passRetained(WorkerThreadStart(name: name, body: body)).toOpaque()
    var thread = pthread_t()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let status = pthread_create(&thread, &attributes, { work in
        let start = Unmanaged<WorkerThreadStart>.fromOpaque(work!).takeRetainedValue()
        start.run()
        return nil
    }, work)
    pthread_attr_destroy(&attributes)
    precondition(status == 0, "cannot start thread \(name): \(errnoText(status))")
}
