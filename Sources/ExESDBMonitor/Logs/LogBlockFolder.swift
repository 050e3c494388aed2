/// Folds ExESDB's boxes — `┌─┐ ★ EMITTER WORKER ACTIVATION ★ … └─┘`, `╔═╗ 💀 EMITTER WORKER TERMINATION 💀 … ╚═╝`,
/// `┏━┓ 🚀 EMITTER POOL STARTUP 🚀 … ┗━┛` — printed one line at a time, into one LogEvent each, with the box's
/// title, family, store, pid and `Key: value` fields. Keep one folder per source, after the decoder: it holds
/// the lines of an open box (with any Logger or pid prefix, with or without side borders) and passes every
/// other event through. A line that is neither a field nor the title while a box is open passes through too,
/// so interleaved output is not swallowed. A box longer than `maxLines` lines or `maxBytes` bytes is given back
/// line by line as decoded; so is a box without title or fields. `flush()` ends a box the stream left open.
public struct LogBlockFolder: Sendable {
    /// The most lines held for one box.
    public static let maxLines = 32
    /// The most message bytes held for one box.
    public static let maxBytes = 4_096

    /// Classifies the raw lines given to `feed(_:receivedAt:)`.
    public let classifier: LogClassifier
    private var block: LogBlock?

    /// An empty folder whose raw lines are classified by `classifier`.
    public init(classifier: LogClassifier = LogClassifier()) {
        self.classifier = classifier
    }

    /// True while a box is open and its lines are held.
    public var isHoldingBlock: Bool { block != nil }

    /// Takes one raw (non-JSON) log line, ANSI colours and all, as read: classifies it (`LogClassifier`) and
    /// folds it. Returns the events now complete: none while a box is open, the folded box at its bottom edge.
    public mutating func feed(_ line: String, receivedAt: Double) -> [MonitorEvent] {
        feed(classifier.event(fromRawLine: line, receivedAt: receivedAt))
    }

    /// Takes one decoded event (`EventDecoder` output) and returns the events now complete. Only raw log lines
    /// are folded; JSON messages and JSON log events pass through unchanged, even while a box is open.
    public mutating func feed(_ event: MonitorEvent) -> [MonitorEvent] {
        guard case .logEvent(let entry) = event.message, entry.isRawLine,
              block != nil || BoxLine.mayHoldBoxDrawing(entry.message)
        else { return [event] }
        let text = LogText(entry.message)
        let kind = BoxLine.read(text, from: LogLinePrefix(text).bodyStart)
        guard var open = block else {
            if kind == .top { block = LogBlock(top: event, byteCount: text.count) }
            return block == nil ? [event] : []
        }
        block = nil
        switch kind {
        case .top:
            block = LogBlock(top: event, byteCount: text.count)
            return Self.release(open)
        case .bottom:
            open.hold(event, byteCount: text.count)
            return Self.release(open)
        case .rule:
            return hold(event, byteCount: text.count, in: open)
        case .content(let range):
            if let field = LogBlock.field(text, range) {
                open.add(field)
            } else if open.title == nil, let title = text.text(range) {
                open.setTitle(title, entry: entry.classified)
            } else if !range.isEmpty {
                block = open
                return [event]
            }
            return hold(event, byteCount: text.count, in: open)
        }
    }

    /// Ends the stream: an open box is given back (folded when it has a title or fields), and the folder is empty.
    public mutating func flush() -> [MonitorEvent] {
        guard let open = block else { return [] }
        block = nil
        return Self.release(open)
    }

    /// Holds `event` in `open` (taken out of `block`, so that it is not copied) and puts it back, or gives back
    /// everything when that would pass the bounds.
    private mutating func hold(_ event: MonitorEvent, byteCount: Int, in open: consuming LogBlock) -> [MonitorEvent] {
        guard open.lines.count < Self.maxLines, open.byteCount + byteCount <= Self.maxBytes else {
            return open.lines + [event]
        }
        open.hold(event, byteCount: byteCount)
        block = open
        return []
    }

    /// A finished box: folded, or its lines as they came when nothing in it was understood.
    private static func release(_ block: LogBlock) -> [MonitorEvent] {
        block.hasContent ? [block.folded()] : block.lines
    }
}
