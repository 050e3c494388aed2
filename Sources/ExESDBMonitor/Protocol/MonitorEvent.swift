/// One decoded line: what was said, by which node, when, and anything odd about how it was said.
public struct MonitorEvent: Sendable, Hashable {
    public var message: Message
    /// The node it concerns: the message's own `node`, else the envelope's; nil when neither was sent.
    public var node: String?
    /// The message's timestamp, or the receive time marked as such.
    public var time: Timestamp
    public var envelope: Envelope
    /// Fields that arrived with values of the wrong kind.
    public var oddities: [Oddity]
    /// Fields truncated and numbers clamped or approximated to fit the decoder's limits.
    public var limitHits: LimitHits

    public init(
        message: Message, node: String?, time: Timestamp, envelope: Envelope = Envelope(), oddities: [Oddity] = [],
        limitHits: LimitHits = LimitHits()
    ) {
        self.message = message
        self.node = node
        self.time = time
        self.envelope = envelope
        self.oddities = oddities
        self.limitHits = limitHits
    }
}
