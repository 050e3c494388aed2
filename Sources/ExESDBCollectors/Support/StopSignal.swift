/// A one-way flag a worker thread sleeps on: `wait` returns early once `fire` is called.
final class StopSignal: @unchecked Sendable {
    private let condition = ThreadCondition()
    private var fired = false

    /// True once `fire` was called.
    var isFired: Bool {
        condition.lock()
        defer { condition.unlock() }
        return fired
    }

    /// Wakes every waiter and makes later waits return at once.
    func fire() {
        condition.lock()
        fired = true
        condition.broadcast()
        condition.unlock()
    }

    /// Sleeps up to `seconds`; returns true when the signal fired.
    @discardableResult
    func wait(seconds: Double) -> Bool {
        let deadline = ThreadCondition.deadline(after: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !fired {
            if !condition.wait(until: deadline) { break }
        }
        return fired
    }
}
