/// What the hub hands to its consumer at once: decoded lines in arrival order, source state changes and
/// notices of discarded oversize lines.
public struct IngestBatch: Sendable {
    public var lines: [IngestedLine] = []
    public var stateChanges: [(source: SourceID, state: SourceState)] = []
    public var oversizeLines: [OversizeLineNotice] = []

    public init() {}

    public var isEmpty: Bool { lines.isEmpty && stateChanges.isEmpty && oversizeLines.isEmpty }
}
