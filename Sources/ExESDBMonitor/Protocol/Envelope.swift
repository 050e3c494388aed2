/// The optional keys around a message that say where it came from on the node. Made by the decoder, with the
/// initialiser Swift writes for its members (see `MonitorEvent`).
public struct Envelope: Sendable, Hashable {
    /// The PubSub server, e.g. `ex_esdb_health`.
    public var pubSub: String?
    /// The PubSub topic, e.g. `cluster:health` or an alert type such as `node_failure`.
    public var topic: String?
    /// The broadcast tag, e.g. `cluster_health_updated`.
    public var tag: String?
    /// The sender's sequence number.
    public var sequence: Int?
}
