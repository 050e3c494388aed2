import Foundation

/// Starts `body` on a new thread named `name`; collectors never run their loops on the caller's thread.
func startWorkerThread(named name: String, _ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.name = name
    thread.start()
}
