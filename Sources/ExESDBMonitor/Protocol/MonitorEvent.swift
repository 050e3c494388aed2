/// One decoded line: what was said, by which node, when, and anything odd about how it was said. Made by the
/// decoder, with the initialiser Swift writes for its members: through a hand-written initialiser, this Swift
/// copies a struct of this size and then destroys the original, where the written one moves it (with `Envelope`'s:
/// 5 % of the instructions of a line, docs/performance.md).
public struct MonitorEvent: Sendable, Hashable {
    public var message: Message
    /// The node it concerns: the message's own `node`, else the envelope's; nil when neither was sent.
    public var node: String?
    /// The message's timestamp, or the receive time marked as such.
    public var time: Timestamp
    public var envelope = Envelope()
    /// Fields that arrived with values of the wrong kind.
    public var oddities: [Oddity] = []
    /// Fields truncated and numbers clamped or approximated to fit the decoder's limits.
    public var limitHits = LimitHits()
}
