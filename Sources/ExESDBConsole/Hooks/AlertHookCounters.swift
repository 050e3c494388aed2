/// What an alert hook has done so far, for the status line.
public struct AlertHookCounters: Sendable, Equatable {
    /// Runs started.
    public var started = 0
    /// Runs that exited with status 0.
    public var succeeded = 0
    /// Runs that exited otherwise, or could not start.
    public var failed = 0
    /// Runs killed at the timeout.
    public var timedOut = 0
    /// Alerts not handed to the hook because too many runs were still going.
    public var dropped = 0
    /// What went wrong last, e.g. `exit status 7: curl: (7) Failed to connect`.
    public var lastFailure: String?

    public init() {}

    /// Runs going on now.
    public var running: Int { started - succeeded - failed - timedOut }
}
