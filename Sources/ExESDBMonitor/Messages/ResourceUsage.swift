/// Use of one resource on a node. Besides the guide's fields, the local /proc source adds rates, per-core
/// figures and the mount point; those stay in `extra` under their wire names.
public struct ResourceUsage: Sendable, Hashable {
    public var resourceType: ResourceType
    public var usagePercent: Double?
    public var totalAvailable: Double?
    public var currentUsed: Double?
    /// Every other field of the line (per_core, read_bytes_per_sec, rx_bytes_per_sec, mount, load_avg, …).
    public var extra: JSONObject

    public init(
        resourceType: ResourceType, usagePercent: Double? = nil, totalAvailable: Double? = nil,
        currentUsed: Double? = nil, extra: JSONObject = JSONObject()
    ) {
        self.resourceType = resourceType
        self.usagePercent = usagePercent
        self.totalAvailable = totalAvailable
        self.currentUsed = currentUsed
        self.extra = extra
    }

    private static let knownKeys: [FieldKey] = [
        .type, .node, .timestamp, .pubsub, .topic, .tag, .seq,
        .resourceType, .usagePercent, .totalAvailable, .currentUsed,
    ]

    /// Reads the fields of a `ResourceUsage` line.
    public init(reading fields: inout FieldReader) {
        resourceType = fields.enumeration(ResourceType.self, .resourceType) ?? .other("")
        if case .other("") = resourceType { _ = fields.requiredText(.resourceType) }
        usagePercent = fields.number(.usagePercent)
        totalAvailable = fields.number(.totalAvailable)
        currentUsed = fields.number(.currentUsed)
        if usagePercent == nil, let used = currentUsed, let total = totalAvailable, total > 0 {
            usagePercent = used / total * 100
        }
        extra = JSONObject(fields.members(excluding: Self.knownKeys))
    }

    /// A number among the extra fields.
    public func extraNumber(_ key: String) -> Double? {
        extra[key]?.doubleValue
    }
}

extension ResourceUsage {
    /// Bytes per second in and out (network) or read and written (disk), from the extra fields, when sent.
    public var transferRate: Double? {
        let parts = ["rx_bytes_per_sec", "tx_bytes_per_sec", "read_bytes_per_sec", "write_bytes_per_sec"]
            .compactMap(extraNumber)
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }
}
