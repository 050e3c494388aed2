/// Health of one component (store worker, persistence, …) on one node.
public struct ComponentHealth: Sendable, Hashable {
    public var component: String
    public var status: HealthStatus
    /// Free-form details as sent (store_id, memory_usage, response_time_ms, …).
    public var details: JSONValue?
    public var lastCheck: Timestamp?

    public init(component: String, status: HealthStatus, details: JSONValue? = nil, lastCheck: Timestamp? = nil) {
        self.component = component
        self.status = status
        self.details = details
        self.lastCheck = lastCheck
    }

    /// Reads the fields of a `ComponentHealth` line.
    public init(reading fields: inout FieldReader) {
        component = fields.requiredName(.component) ?? ""
        status = fields.enumeration(HealthStatus.self, .status) ?? .unknown
        details = fields.value(.details)
        lastCheck = fields.timestamp(.lastCheck)
    }
}
