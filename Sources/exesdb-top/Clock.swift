#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The executable's readings of the clocks: the wall clock, passed into the pure parts as a value, and a
/// monotonic clock for the console's own intervals (frames, rule evaluation, incident spacing), so a wall clock
/// set back does not stop them until it catches up again.
enum Clock {
    /// Seconds since the Unix epoch.
    static func now() -> Double { Date().timeIntervalSince1970 }

    /// Seconds on a clock that never jumps (time since boot).
    static func uptime() -> Double { ProcessInfo.processInfo.systemUptime }
}
