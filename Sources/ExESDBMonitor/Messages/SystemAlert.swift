/// A system-wide alert. Accepts the guide's fields (alert_type, message, context) and the code's (alert_id,
/// severity, category, title, description, source, metadata, requires_ack). Today's ExESDB shifts its
/// arguments (severity holds the alert type, category the severity, description a map): such a line is
/// read back into place and the shifted values are kept as oddities.
public struct SystemAlert: Sendable, Hashable {
    public var alertID: String?
    /// The kind of alert (node_failure, store_failure, …): the guide's `alert_type`, or the PubSub topic.
    public var alertType: String?
    public var severity: Severity
    public var category: AlertCategory?
    public var title: String
    public var description: String?
    public var source: String?
    /// Context (guide) or metadata (code), as sent.
    public var metadata: JSONValue?
    public var requiresAck: Bool

    public init(
        alertID: String? = nil, alertType: String? = nil, severity: Severity, category: AlertCategory? = nil,
        title: String, description: String? = nil, source: String? = nil, metadata: JSONValue? = nil,
        requiresAck: Bool = true
    ) {
        self.alertID = alertID
        self.alertType = alertType
        self.severity = severity
        self.category = category
        self.title = title
        self.description = description
        self.source = source
        self.metadata = metadata
        self.requiresAck = requiresAck
    }

    /// Reads the fields of a `SystemAlert` line; it needs at least an id, a type, a title or a message.
    public init(reading fields: inout FieldReader) {
        alertID = fields.name(.alertID, or: .id)
        alertType = fields.text(.alertType)
        var severity = fields.enumeration(Severity.self, .severity) ?? .warning
        let categoryText = fields.text(.category)
        var category = categoryText.map(AlertCategory.init(wireText:))
        if case .other(let shifted) = severity, let categoryText {
            let categorySeverity = Severity(wireText: categoryText)
            if categorySeverity.isKnown {
                fields.note(Oddity(field: "severity", text: shifted))
                fields.note(Oddity(field: "category", text: categoryText))
                if alertType == nil { alertType = shifted }
                severity = categorySeverity
                category = nil
            }
        }
        self.severity = severity
        self.category = category
        let message = fields.text(.message)
        let described = fields.text(.description)
        title = fields.text(.title) ?? message ?? alertType ?? alertID ?? ""
        description = described ?? (title == message ? nil : message)
        source = fields.text(.source)
        metadata = fields.value(.metadata, or: .context)
        requiresAck = fields.bool(.requiresAck) ?? true
        if title.isEmpty { _ = fields.requiredText(.title) }
    }
}
