import ExESDBMonitor

/// Every field of one alert, its metadata, its timeline and its escalation, as lines for the detail view.
enum AlertDetail {
    /// One line: a label (may be empty) and its value with the value's role.
    struct Line {
        var label: String
        var value: String
        var role: ThemeRole
    }

    static func lines(of alert: Alert, _ context: PaneContext) -> [Line] {
        let now = context.model.now
        let badge = Badge(alert.severity, glyphs: context.glyphs)
        var lines: [Line] = [
            Line(label: "severity", value: badge.text, role: badge.role),
            Line(label: "state", value: alert.state.rawValue, role: alert.state == .firing ? .warning : .text),
            Line(label: "key", value: alert.key, role: .text),
        ]
        if let id = alert.alertID { lines.append(Line(label: "alert id", value: id, role: .text)) }
        lines.append(Line(label: "kind", value: alert.kind, role: .text))
        lines.append(Line(label: "origin", value: originText(alert.origin), role: .text))
        if let node = alert.node { lines.append(Line(label: "node", value: node, role: .text)) }
        if let detail = alert.detail { lines.append(Line(label: "detail", value: detail, role: .text)) }
        lines.append(Line(label: "first seen", value: moment(alert.firstSeen, now), role: .text))
        lines.append(Line(label: "last seen", value: moment(alert.lastSeen, now), role: .text))
        lines.append(Line(label: "occurrences", value: "\(alert.occurrences)", role: .text))
        lines.append(Line(label: "needs ack", value: alert.requiresAcknowledgement ? "yes" : "no", role: .text))
        if let by = alert.acknowledgedBy {
            var value = by
            if let at = alert.acknowledgedAt { value += " at " + moment(at, now) }
            lines.append(Line(label: "acknowledged", value: value, role: .healthy))
            if let note = alert.acknowledgementNote { lines.append(Line(label: "note", value: note, role: .text)) }
            if !alert.acknowledgementSaved {
                lines.append(Line(label: "journal", value: "acknowledgement unsaved", role: .warning))
            }
        } else {
            lines.append(Line(label: "acknowledged", value: "no", role: alert.state == .firing ? .warning : .dim))
        }
        if let resolved = alert.resolvedAt {
            lines.append(Line(label: "resolved", value: moment(resolved, now), role: .healthy))
        }
        if let resolution = alert.resolution { lines.append(Line(label: "resolution", value: resolution, role: .text)) }
        var escalation = "level \(alert.escalationLevel)"
        if let next = alert.nextEscalationAt {
            escalation += next > now ? ", next in " + Format.duration(next - now) + " (" + Format.clock(next) + " UTC)" : ", next due now"
        }
        lines.append(Line(label: "escalation", value: escalation, role: alert.escalationLevel > 1 ? .warning : .text))
        if let until = alert.silencedUntil {
            let value = until > now ? "until " + Format.clock(until) + " UTC (" + Format.duration(until - now) + " left)" : "expired"
            lines.append(Line(label: "silenced", value: value, role: .dim))
        }
        if let parent = alert.inhibitedBy { lines.append(Line(label: "inhibited by", value: parent, role: .dim)) }
        if let metadata = alert.metadata {
            lines.append(Line(label: "metadata", value: "", role: .header))
            appendMembers(of: metadata, to: &lines)
        }
        lines.append(Line(label: "timeline", value: "", role: .header))
        for entry in alert.timeline {
            lines.append(Line(label: "  " + Format.clock(entry.time), value: entry.text, role: .text))
        }
        return lines
    }

    private static func appendMembers(of value: JSONValue, to lines: inout [Line]) {
        guard let object = value.objectValue else {
            lines.append(Line(label: "", value: value.displayText, role: .text))
            return
        }
        for member in object.members.prefix(mapEntriesShown) {
            lines.append(Line(label: "  " + member.key, value: member.value.displayText, role: .text))
        }
        if object.members.count > mapEntriesShown {
            lines.append(Line(label: "", value: "+\(object.members.count - mapEntriesShown) more entries", role: .warning))
        }
    }

    /// The most entries of a free-form map listed; the rest are counted as `+N more entries`.
    static let mapEntriesShown = 50

    private static func originText(_ origin: AlertOrigin) -> String {
        switch origin {
        case .systemAlert: return "SystemAlert"
        case .metricAlert: return "MetricAlert"
        case .rule(let name): return "rule " + name
        }
    }

    private static func moment(_ time: Double, _ now: Double) -> String {
        Format.clock(time) + " UTC (" + Format.age(now - time) + " ago)"
    }

    /// Draws the detail view of `alert` over `rect`, scrolled down by `scroll` lines.
    static func draw(_ alert: Alert, scroll: Int, _ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: context.style(.text))
        screen.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: context.style(.title),
                   glyphs: context.glyphs.box)
        screen.putTruncated(" " + alert.title + " ", x: rect.x + 2, y: rect.y, width: rect.width - 4,
                            style: context.style(.title), ellipsis: context.glyphs.ellipsis)
        let inner = rect.inset(by: 1)
        guard inner.height > 0 else { return }
        let lines = lines(of: alert, context)
        let first = PaneContext.clampedOffset(scroll, visible: inner.height, count: lines.count)
        let labelWidth = 14
        for (row, line) in lines[first..<min(lines.count, first + inner.height)].enumerated() {
            var writer = context.writer(in: inner, row: row)
            writer.write(" " + line.label, context.style(line.value.isEmpty ? .header : .dim), width: labelWidth, on: &screen)
            writer.skip(1)
            writer.write(line.value, context.style(line.role), on: &screen)
        }
    }
}
