#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exponential backoff with jitter that starts over after a healthy connection. Pure: the caller
/// passes the random number and the connection's duration.
public struct ReconnectBackoff: Sendable, Hashable {
    /// The policy in force.
    public let policy: BackoffPolicy
    /// Failed attempts since the last healthy connection.
    public private(set) var failures = 0

    /// A backoff that follows `policy`.
    public init(policy: BackoffPolicy = .standard) {
        self.policy = policy
    }

    /// The delay before the next attempt after a connection ended (or failed to open).
    /// `connectedFor` is how long it stayed up (0 when it never connected); `unitRandom` is in 0...1.
    public mutating func delay(afterConnectedFor connectedFor: Double, unitRandom: Double) -> Double {
        if connectedFor >= policy.healthyAfter { failures = 0 }
        let exponent = Double(min(failures, 64))
        let base = min(policy.maximumDelay, policy.initialDelay * pow(policy.multiplier, exponent))
        failures += 1
        let spread = 1 + policy.jitter * (2 * min(max(unitRandom, 0), 1) - 1)
        return min(policy.maximumDelay, max(0, base * spread))
    }
}
