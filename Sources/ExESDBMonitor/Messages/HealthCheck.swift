/// The outcome of one named health check on one node.
public struct HealthCheck: Sendable, Hashable {
    public var checkName: String
    public var result: CheckResult
    public var durationMs: Double?
    public var details: JSONValue?
    /// The error message of a failed check.
    public var error: String?

    public init(
        checkName: String, result: CheckResult, durationMs: Double? = nil, details: JSONValue? = nil,
        error: String? = nil
    ) {
        self.checkName = checkName
        self.result = result
        self.durationMs = durationMs
        self.details = details
        self.error = error
    }

    /// Reads the fields of a `HealthCheck` line.
    public init(reading fields: inout FieldReader) {
        checkName = fields.requiredName(.checkName) ?? ""
        result = fields.enumeration(CheckResult.self, .result) ?? .other("unknown")
        durationMs = fields.number(.durationMs)
        details = fields.value(.details)
        error = fields.text(.error)
    }
}
