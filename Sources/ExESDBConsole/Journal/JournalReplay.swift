import ExESDBMonitor

/// What the journal held when it was opened: its entries in order, and what could not be read.
public struct JournalReplay: Sendable, Equatable {
    public var entries: [JournalEntry] = []
    /// 1 when the last line was cut short (a write interrupted by a crash or a full disk); it was dropped.
    public var tornLineCount = 0
    /// Complete lines that are not journal entries (skipped).
    public var unreadableLineCount = 0

    public init(entries: [JournalEntry] = [], tornLineCount: Int = 0, unreadableLineCount: Int = 0) {
        self.entries = entries
        self.tornLineCount = tornLineCount
        self.unreadableLineCount = unreadableLineCount
    }

    /// Applies the entries to `book` in order, at start: acknowledgements are restored as saved (kept until
    /// their alerts arrive), silences still running at `now` are put back, lifted ones lifted.
    public func restore(into book: inout AlertBook, at now: Double) {
        for entry in entries {
            switch entry {
            case .acknowledgement(let ack):
                book.restore(ack, at: now)
            case .silence(let silence) where silence.until > now:
                book.silence(silence.key, until: silence.until, by: silence.silencedBy, at: silence.since)
            case .silence:
                book.liftSilence(entry.key, at: now)
            case .liftedSilence(let key, let by, let time):
                book.liftSilence(key, by: by, at: time)
            }
        }
    }
}
