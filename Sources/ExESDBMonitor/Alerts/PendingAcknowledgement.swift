/// An acknowledgement that arrived before its alert, kept until the alert shows up.
struct PendingAcknowledgement: Sendable, Hashable {
    var acknowledgement: AlertAck
    var receivedAt: Double
    /// True for an acknowledgement made by this console (replayed from its journal).
    var isOwn: Bool

    /// When it was made: its own timestamp, else when it arrived.
    var time: Double { acknowledgement.acknowledgedAt?.seconds ?? receivedAt }
}
