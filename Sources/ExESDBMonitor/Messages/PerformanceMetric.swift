/// A named measurement of a component (what ExESDB's pubsub integration really publishes).
public struct PerformanceMetric: Sendable, Hashable {
    public var metricName: String
    public var value: Double?
    /// The value as text when it is not a number (kept so nothing is lost).
    public var valueText: String?
    public var unit: String?
    public var component: String?
    public var tags: JSONValue?

    public init(
        metricName: String, value: Double?, valueText: String? = nil, unit: String? = nil, component: String? = nil,
        tags: JSONValue? = nil
    ) {
        self.metricName = metricName
        self.value = value
        self.valueText = valueText
        self.unit = unit
        self.component = component
        self.tags = tags
    }

    /// Reads the fields of a `PerformanceMetric` line.
    public init(reading fields: inout FieldReader) {
        metricName = fields.requiredName(.metricName, or: .name) ?? ""
        let raw = fields.value(.value)
        value = raw?.doubleValue ?? raw?.stringValue.flatMap(Double.init)
        valueText = value == nil ? raw?.displayText : nil
        unit = fields.text(.unit)
        component = fields.text(.component)
        tags = fields.value(.tags)
    }
}
