/// The protocol's words too long to be stored inline in a String (more than 15 UTF-8 bytes) — long field names,
/// type names, pub/sub names — kept ready-made, so that reading one costs a table lookup instead of allocating a
/// new String. Shorter text is not looked up at all: building an inline String costs about what a lookup does,
/// and a miss (most values are not words) would cost both.
///
/// A word whose slot in the table is taken is simply not kept (see `ShortWordTable`).
struct JSONVocabulary: Sendable {
    /// The protocol's long words (docs/protocol.md): its field names, and the type names, values, ExESDB pub/sub
    /// names, broadcast tags and topics longer than 15 bytes.
    static let protocolWords = JSONVocabulary(FieldKey.allCases.map(\.rawValue) + [
        "ThroughputMetric", "component_health",
        "ex_esdb_dashboard", "ex_esdb_diagnostics", "ex_esdb_lifecycle", "ex_esdb_security",
        "node_health_updated", "cluster_health_updated", "component_health_updated", "health_check_completed",
        "performance_metric", "throughput_metric", "alert_acknowledged", "notification_status",
        "performance_analysis", "logging:emitter_worker", "cluster:topology", "system:heartbeat",
    ])

    private let table: ShortWordTable<String>

    /// The longest text a String stores inline, without allocating, in UTF-8 bytes.
    static let inlineLength = 15

    private init(_ words: [String]) {
        table = ShortWordTable(words.filter { $0.utf8.count > Self.inlineLength }.map { ($0, $0) }, slotBits: 7)
    }

    /// The ready-made string for the plain-text bytes at `start..<end` of `bytes`, or nil when they are not a word
    /// of this vocabulary or are short enough to be built inline.
    @inline(__always)
    func word(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String? {
        guard end - start > Self.inlineLength else { return nil }
        return table.value(in: bytes, from: start, to: end)
    }
}
