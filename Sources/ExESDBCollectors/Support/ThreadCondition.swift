#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition variable for collector threads that sleep until a change or a deadline.
/// Timed waits run on the monotonic clock, so a wall-clock jump neither cuts a wait short nor stretches it.
final class ThreadCondition: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// A condition nobody holds.
    init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        #if canImport(Glibc)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        #endif
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Takes the mutex.
    func lock() { pthread_mutex_lock(mutex) }

    /// Releases the mutex.
    func unlock() { pthread_mutex_unlock(mutex) }

    /// Wakes one waiter.
    func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiter.
    func broadcast() { pthread_cond_broadcast(condition) }

    /// Releases the mutex until woken, then takes it again. Call with the mutex held.
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Like `wait()`, giving up `seconds` from now; false when the time ran out.
    @discardableResult
    func wait(seconds: Double) -> Bool {
        wait(until: Self.deadline(after: seconds))
    }

    /// Like `wait()`, giving up at `deadline` (from `deadline(after:)`); false when it passed.
    func wait(until deadline: timespec) -> Bool {
        var deadline = deadline
        return pthread_cond_timedwait(condition, mutex, &deadline) != ETIMEDOUT
    }

    /// The instant `seconds` from now, on the clock timed waits use.
    static func deadline(after seconds: Double) -> timespec {
        var now = timespec()
        #if canImport(Glibc)
        clock_gettime(CLOCK_MONOTONIC, &now)
        #else
        clock_gettime(CLOCK_REALTIME, &now)
        #endif
        let span = max(0, min(seconds, 1e9))
        var whole = Int(span)
        var nanoseconds = Int(now.tv_nsec) + Int((span - Double(whole)) * 1e9)
        if nanoseconds >= 1_000_000_000 {
            whole += 1
            nanoseconds -= 1_000_000_000
        }
        return timespec(tv_sec: now.tv_sec + whole, tv_nsec: nanoseconds)
    }
}
