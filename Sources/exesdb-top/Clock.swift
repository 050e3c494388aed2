#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The executable's one reading of the wall clock, passed into the pure parts as a value.
enum Clock {
    /// Seconds since the Unix epoch.
    static func now() -> Double { Date().timeIntervalSince1970 }
}
