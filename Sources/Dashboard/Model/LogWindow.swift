import ExESDBMonitor

/// Which log lines the log pane shows: the newest matching ones, `offset` matching lines up from the newest.
/// Scans from the newest backwards and stops once the window is full, so 10,000 kept lines cost what is shown.
enum LogWindow {
    /// Positions in `logs` of up to `count` matching lines ending `offset` matches before the newest, oldest first.
    static func positions(in logs: BoundedRing<LogRecord>, lowercasedFilter filter: String, offset: Int, count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var positions: [Int] = []
        positions.reserveCapacity(count)
        var skipped = 0
        var position = logs.count - 1
        while position >= 0, positions.count < count {
            if matches(logs[position], filter) {
                if skipped < offset { skipped += 1 } else { positions.append(position) }
            }
            position -= 1
        }
        positions.reverse()
        return positions
    }

    /// How many lines match the filter.
    static func matchCount(in logs: BoundedRing<LogRecord>, lowercasedFilter filter: String) -> Int {
        if filter.isEmpty { return logs.count }
        var total = 0
        for record in logs where matches(record, filter) { total += 1 }
        return total
    }

    /// Every line that ever arrived: those kept plus those dropped to make room.
    static func total(of logs: BoundedRing<LogRecord>) -> Int {
        logs.count + logs.droppedCount
    }

    /// Whether the filter is in the line's message, node, component or store. The entry is not classified for
    /// this: the store, component and pid classification adds are read from the message, which is searched.
    static func matches(_ record: LogRecord, _ filter: String) -> Bool {
        TextMatch.anyContains(record.entry.message, record.node, record.entry.component, record.entry.storeID,
                              lowercasedNeedle: filter)
    }
}
