/// The bridge's sign of life: lets a console tell a quiet node from a dead link.
public struct Heartbeat: Sendable, Hashable {
    public var sequence: Int?
    /// How often the bridge promises a heartbeat, in seconds.
    public var intervalSeconds: Double?

    public init(sequence: Int? = nil, intervalSeconds: Double? = nil) {
        self.sequence = sequence
        self.intervalSeconds = intervalSeconds
    }

    /// Reads the fields of a `Heartbeat` line; the node is required (checked by the decoder).
    public init(reading fields: inout FieldReader) {
        sequence = fields.integer(.sequence, or: .seq)
        intervalSeconds = fields.number(.intervalMs).map { $0 / 1000 }
    }
}
