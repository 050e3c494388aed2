/// Counts of what came in: events by type, log lines, and rejected lines by reason.
public struct IngestCounters: Sendable, Equatable {
    /// Events counted by type, in the types' declaration order: one array slot per type, so that counting an event
    /// costs an index instead of a hash.
    private var eventCounts = [Int](repeating: 0, count: MessageType.allCases.count)
    public internal(set) var rejectedByReason: [RejectionReason: Int] = [:]
    /// Blank lines skipped.
    public internal(set) var blankLines = 0
    /// Every accepted event.
    public private(set) var events = 0

    public init() {}

    /// Accepted events by type; types never seen are absent.
    public var eventsByType: [MessageType: Int] {
        var counts: [MessageType: Int] = [:]
        for type in MessageType.allCases where eventCounts[Int(type.caseNumber)] > 0 {
            counts[type] = eventCounts[Int(type.caseNumber)]
        }
        return counts
    }

    /// Counts one accepted event of `type`.
    mutating func countEvent(of type: MessageType) {
        eventCounts[Int(type.caseNumber)] += 1
        events += 1
    }

    /// Every rejected line.
    public var rejected: Int { rejectedByReason.values.reduce(0, +) }
}
