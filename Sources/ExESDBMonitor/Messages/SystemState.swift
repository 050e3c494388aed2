/// A snapshot of a node's state: the code's form (snapshot_id, process_count, memory_usage, trigger_reason)
/// and the guide's (everything inside state_data).
public struct SystemState: Sendable, Hashable {
    public var snapshotID: String?
    public var snapshotType: SnapshotType?
    public var stateData: JSONValue?
    public var processCount: Int?
    public var memoryUsage: Double?
    public var triggerReason: String?

    public init(
        snapshotID: String? = nil, snapshotType: SnapshotType? = nil, stateData: JSONValue? = nil,
        processCount: Int? = nil, memoryUsage: Double? = nil, triggerReason: String? = nil
    ) {
        self.snapshotID = snapshotID
        self.snapshotType = snapshotType
        self.stateData = stateData
        self.processCount = processCount
        self.memoryUsage = memoryUsage
        self.triggerReason = triggerReason
    }

    /// Reads the fields of a `SystemState` line; counts missing at the top are taken from state_data.
    public init(reading fields: inout FieldReader) {
        snapshotID = fields.text(.snapshotID)
        snapshotType = fields.enumeration(SnapshotType.self, .snapshotType)
        stateData = fields.value(.stateData)
        let nested = stateData?.objectValue
        processCount = fields.integer(.processCount) ?? nested?["process_count"]?.integerValue.map(Int.init)
        memoryUsage = fields.number(.memoryUsage) ?? nested?["used_memory"]?.doubleValue
        triggerReason = fields.text(.triggerReason)
    }

    /// The largest processes listed in state_data (`largest_processes` or `top_processes`).
    public var largestProcesses: [JSONObject] {
        let list = stateData?.objectValue?.first("largest_processes", "top_processes")?.arrayValue ?? []
        return list.compactMap(\.objectValue)
    }
}
