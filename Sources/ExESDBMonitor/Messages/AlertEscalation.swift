/// An alert raised to a higher escalation level. Accepts the guide's fields (original_alert_id,
/// escalation_level, escalated_to) and the code's (alert_id, from_level, to_level, escalated_by,
/// notify_contacts). Levels arrive as numbers or as `level1`…`level3`.
public struct AlertEscalation: Sendable, Hashable {
    public var alertID: String
    public var fromLevel: Int?
    public var toLevel: Int?
    public var reason: String?
    public var escalatedBy: String?
    public var notifyContacts: [String]

    public init(
        alertID: String, fromLevel: Int? = nil, toLevel: Int?, reason: String? = nil, escalatedBy: String? = nil,
        notifyContacts: [String] = []
    ) {
        self.alertID = alertID
        self.fromLevel = fromLevel
        self.toLevel = toLevel
        self.reason = reason
        self.escalatedBy = escalatedBy
        self.notifyContacts = notifyContacts
    }

    /// Reads the fields of an `AlertEscalation` line; the alert id is required.
    public init(reading fields: inout FieldReader) {
        alertID = fields.requiredName(.alertID, or: .originalAlertID) ?? ""
        fromLevel = Self.level(fields.text(.fromLevel))
        toLevel = Self.level(fields.text(.toLevel, or: .escalationLevel))
        reason = fields.text(.escalationReason)
        escalatedBy = fields.text(.escalatedBy)
        notifyContacts = fields.textList(.notifyContacts, or: .escalatedTo)
    }

    /// Reads `2`, `level2`, `:level2` or `Level 2` as 2: the number its ASCII digits spell.
    static func level(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = text.utf8.filter { $0 &- UInt8(ascii: "0") < 10 }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
