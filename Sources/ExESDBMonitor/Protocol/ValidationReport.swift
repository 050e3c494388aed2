/// What `exesdb-top validate` found in a stream: counts per message type, log lines per family, and every
/// rejected line with its number and reason. Fold lines in with `add`, print with `text`.
public struct ValidationReport: Sendable, Equatable {
    /// A rejected line and where it was.
    public struct RejectedLine: Sendable, Equatable {
        public var lineNumber: Int
        public var rejection: Rejection
    }

    public private(set) var lineCount = 0
    public private(set) var eventsByType: [MessageType: Int] = [:]
    /// Log lines (raw or LogEvent) by colour family.
    public private(set) var logLinesByFamily: [LogFamily: Int] = [:]
    public private(set) var blankLines = 0
    public private(set) var eventsWithOddities = 0
    /// The rejected lines, in order, up to `rejectedLineLimit`; `rejectedCount` counts them all.
    public private(set) var rejectedLines: [RejectedLine] = []
    public private(set) var rejectedCount = 0
    /// The most rejected lines listed one by one (the count stays exact).
    public let rejectedLineLimit: Int

    public init(rejectedLineLimit: Int = 10_000) {
        self.rejectedLineLimit = rejectedLineLimit
    }

    /// Counts the result of the next line.
    public mutating func add(_ result: DecodeResult) {
        lineCount += 1
        switch result {
        case .event(let event):
            eventsByType[event.message.type, default: 0] += 1
            if case .logEvent(let entry) = event.message { logLinesByFamily[entry.classified.family, default: 0] += 1 }
            if !event.oddities.isEmpty { eventsWithOddities += 1 }
        case .rejected(let rejection):
            rejectedCount += 1
            if rejectedLines.count < rejectedLineLimit {
                rejectedLines.append(RejectedLine(lineNumber: lineCount, rejection: rejection))
            }
        case .blank:
            blankLines += 1
        }
    }

    /// The exit status `validate` ends with: 0 when every line decoded, 1 when some were rejected.
    public var exitStatus: Int32 { rejectedCount == 0 ? 0 : 1 }

    /// The report as printed, `name` naming the input.
    public func text(name: String) -> String {
        let events = eventsByType.values.reduce(0, +)
        var lines = ["\(name): \(lineCount) lines, \(events) decoded, \(rejectedCount) rejected, \(blankLines) blank"]
        for type in MessageType.allCases {
            guard let count = eventsByType[type] else { continue }
            lines.append("  " + type.structName.padding(to: 22) + String(count))
        }
        let logLines = logLinesByFamily.values.reduce(0, +)
        if logLines > 0 {
            let families = LogFamily.allCases.compactMap { family in
                logLinesByFamily[family].map { "\(family.rawValue) \($0)" }
            }
            lines.append("  log lines by family: " + families.joined(separator: ", "))
        }
        if eventsWithOddities > 0 {
            lines.append("  \(eventsWithOddities) events kept with odd field values (shown as text)")
        }
        if rejectedCount > 0 {
            lines.append("rejected:")
            for line in rejectedLines { lines.append("  line \(line.lineNumber): \(line.rejection)") }
            if rejectedCount > rejectedLines.count {
                lines.append("  … and \(rejectedCount - rejectedLines.count) more")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
