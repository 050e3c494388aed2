/// A node's own health summary (sent by the ExESDB code, not in the guide).
public struct NodeHealth: Sendable, Hashable {
    public var status: HealthStatus
    public var checks: JSONValue?
    public var loadAverage: Double?
    public var memoryUsage: Double?
    public var diskUsage: Double?

    public init(
        status: HealthStatus, checks: JSONValue? = nil, loadAverage: Double? = nil, memoryUsage: Double? = nil,
        diskUsage: Double? = nil
    ) {
        self.status = status
        self.checks = checks
        self.loadAverage = loadAverage
        self.memoryUsage = memoryUsage
        self.diskUsage = diskUsage
    }

    /// Reads the fields of a `NodeHealth` line.
    public init(reading fields: inout FieldReader) {
        status = fields.enumeration(HealthStatus.self, .status) ?? .unknown
        checks = fields.value(.checks)
        loadAverage = fields.number(.loadAvg)
        memoryUsage = fields.number(.memoryUsage)
        diskUsage = fields.number(.diskUsage)
    }
}
