/// An acknowledgement of an alert, from a console or from the node. Accepts the guide's fields
/// (acknowledged_by, ack_message, auto_ack) and the code's (ack_by, ack_note, resolution, ack_timestamp).
public struct AlertAck: Sendable, Hashable {
    public var alertID: String
    public var acknowledgedBy: String?
    public var note: String?
    /// Set when the acknowledgement also resolves the alert.
    public var resolution: String?
    public var isAutomatic: Bool
    public var acknowledgedAt: Timestamp?

    public init(
        alertID: String, acknowledgedBy: String? = nil, note: String? = nil, resolution: String? = nil,
        isAutomatic: Bool = false, acknowledgedAt: Timestamp? = nil
    ) {
        self.alertID = alertID
        self.acknowledgedBy = acknowledgedBy
        self.note = note
        self.resolution = resolution
        self.isAutomatic = isAutomatic
        self.acknowledgedAt = acknowledgedAt
    }

    /// Reads the fields of an `AlertAck` line; the alert id is required.
    public init(reading fields: inout FieldReader) {
        alertID = fields.requiredName(.alertID) ?? ""
        acknowledgedBy = fields.text(.ackBy, or: .acknowledgedBy)
        note = fields.text(.ackNote, or: .ackMessage)
        resolution = fields.text(.resolution)
        isAutomatic = fields.bool(.autoAck) ?? false
        acknowledgedAt = fields.timestamp(.ackTimestamp)
    }
}
