import ExESDBMonitor

/// The series of one operation across nodes, grouped from the store's capped map of series.
struct OperationSeries {
    var operation: String
    var rings: [BoundedRing<Sample>]

    /// Series grouped by operation (sorted), keeping only keys with the given percentile (nil: throughput).
    static func grouped(_ map: CappedMap<SeriesKey, BoundedRing<Sample>>, percentile: Percentile?) -> [OperationSeries] {
        var byOperation: [String: [BoundedRing<Sample>]] = [:]
        for (key, ring) in map.storage where key.percentile == percentile {
            byOperation[key.operation, default: []].append(ring)
        }
        return byOperation.keys.sorted().map { OperationSeries(operation: $0, rings: byOperation[$0]!) }
    }

    /// The operations named in a map, sorted.
    static func operations(_ map: CappedMap<SeriesKey, BoundedRing<Sample>>) -> [String] {
        Set(map.keys.map(\.operation)).sorted()
    }
}
