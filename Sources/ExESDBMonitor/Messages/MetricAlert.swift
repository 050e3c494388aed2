/// A metric that crossed its threshold.
public struct MetricAlert: Sendable, Hashable {
    public var metricName: String
    public var currentValue: Double?
    public var thresholdValue: Double?
    public var thresholdType: ThresholdType?
    public var severity: Severity

    public init(
        metricName: String, severity: Severity, currentValue: Double? = nil, thresholdValue: Double? = nil,
        thresholdType: ThresholdType? = nil
    ) {
        self.metricName = metricName
        self.severity = severity
        self.currentValue = currentValue
        self.thresholdValue = thresholdValue
        self.thresholdType = thresholdType
    }

    /// Reads the fields of a `MetricAlert` line.
    public init(reading fields: inout FieldReader) {
        metricName = fields.requiredName(.metricName) ?? ""
        currentValue = fields.number(.currentValue)
        thresholdValue = fields.number(.thresholdValue)
        thresholdType = fields.enumeration(ThresholdType.self, .thresholdType)
        severity = fields.enumeration(Severity.self, .severity) ?? .warning
    }
}
