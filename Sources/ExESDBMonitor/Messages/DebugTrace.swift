/// A captured trace of one operation. Accepts the guide's fields (trace_type, data) and the code's
/// (trace_id, operation, trace_data, stack_trace, duration_ms, metadata).
public struct DebugTrace: Sendable, Hashable {
    public var traceID: String?
    public var component: String?
    /// The traced operation, or the guide's trace type.
    public var operation: String?
    public var traceData: JSONValue?
    public var stackTrace: String?
    public var durationMs: Double?
    public var metadata: JSONValue?

    public init(
        traceID: String? = nil, component: String? = nil, operation: String? = nil, traceData: JSONValue? = nil,
        stackTrace: String? = nil, durationMs: Double? = nil, metadata: JSONValue? = nil
    ) {
        self.traceID = traceID
        self.component = component
        self.operation = operation
        self.traceData = traceData
        self.stackTrace = stackTrace
        self.durationMs = durationMs
        self.metadata = metadata
    }

    /// Reads the fields of a `DebugTrace` line.
    public init(reading fields: inout FieldReader) {
        traceID = fields.text(.traceID)
        component = fields.text(.component)
        operation = fields.text(.operation, or: .traceType)
        traceData = fields.value(.traceData, or: .data)
        stackTrace = fields.text(.stackTrace)
        durationMs = fields.number(.durationMs)
        metadata = fields.value(.metadata)
    }
}
