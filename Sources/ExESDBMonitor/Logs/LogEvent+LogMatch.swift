extension LogEvent {
    /// Takes the event type of `match`, and its title, fields and leader where the entry has none.
    mutating func apply(_ match: LogMatch) {
        eventType = match.eventType
        if fields.isEmpty { fields = match.fields }
        title = title ?? match.title
        leader = leader ?? match.leader
    }
}
