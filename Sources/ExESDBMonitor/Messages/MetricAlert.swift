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
        metricName = fields.requiredName("metric_name") ?? ""
        currentValue = fields.number("current_value")
        thresholdValue = fields.number("threshold_value")
        thresholdType = fields.enumeration(ThresholdType.self, "threshold_type")
        severity = fields.enumeration(Severity.self, "severity") ?? .warning
    }
}
