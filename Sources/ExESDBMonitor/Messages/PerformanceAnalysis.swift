/// The findings of a performance analysis. Accepts the guide's fields (results, duration_ms; recommendations
/// inside results) and the code's (analysis_id, findings, recommendations, severity).
public struct PerformanceAnalysis: Sendable, Hashable {
    public var analysisID: String?
    public var component: String?
    public var analysisType: AnalysisType?
    /// Findings (code) or results (guide), as sent.
    public var findings: JSONValue?
    public var recommendations: [String]
    public var severity: Severity?
    public var durationMs: Double?

    public init(
        analysisID: String? = nil, component: String? = nil, analysisType: AnalysisType? = nil,
        findings: JSONValue? = nil, recommendations: [String] = [], severity: Severity? = nil,
        durationMs: Double? = nil
    ) {
        self.analysisID = analysisID
        self.component = component
        self.analysisType = analysisType
        self.findings = findings
        self.recommendations = recommendations
        self.severity = severity
        self.durationMs = durationMs
    }

    /// Reads the fields of a `PerformanceAnalysis` line.
    public init(reading fields: inout FieldReader) {
        analysisID = fields.text(.analysisID)
        component = fields.text(.component)
        analysisType = fields.enumeration(AnalysisType.self, .analysisType)
        findings = fields.value(.findings, or: .results)
        var recommendations = fields.textList(.recommendations)
        if recommendations.isEmpty, let nested = findings?.objectValue?["recommendations"]?.arrayValue {
            recommendations = nested.map(\.displayText)
        }
        self.recommendations = recommendations
        severity = fields.enumeration(Severity.self, .severity)
        durationMs = fields.number(.durationMs)
    }
}
