/// Counts of what came in: events by type, log lines, and rejected lines by reason.
public struct IngestCounters: Sendable, Equatable {
    public internal(set) var eventsByType: [MessageType: Int] = [:]
    public internal(set) var rejectedByReason: [RejectionReason: Int] = [:]
    /// Blank lines skipped.
    public internal(set) var blankLines = 0

    public init() {}

    /// Every accepted event.
    public var events: Int { eventsByType.values.reduce(0, +) }
    /// Every rejected line.
    public var rejected: Int { rejectedByReason.values.reduce(0, +) }
}
