import ExESDBMonitor

/// The alert list: severity glyph and word, title, then as room allows age, acknowledgement, silence,
/// escalation, node and occurrences; inhibited alerts folded under their parent. In history mode each row
/// shows when it fired and how long acknowledgement and resolution took.
enum AlertsPane {
    /// The title note: which list, the severity filter, the text filter.
    static func note(_ context: PaneContext) -> String {
        let view = context.view
        var note = view.isShowingAlertHistory ? "history \(context.model.alertHistory.count)" : "active \(context.model.alerts.count)"
        if view.severityFilter != .all { note += "  sev " + view.severityFilter.rawValue }
        if !view[cursor: .alerts].filter.isEmpty { note += "  /" + view[cursor: .alerts].filter }
        return note + DashboardRenderer.moreNote(context.model.limits.count(of: .activeAlerts), "alerts")
    }

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let rows = AlertRow.rows(model: context.model, view: context.view)
        if rows.isEmpty {
            let text = context.view.isShowingAlertHistory ? "no resolved alerts" : "no active alerts"
            screen.putTruncated(text, x: rect.x, y: rect.y, width: rect.width, style: context.style(.dim),
                                ellipsis: context.glyphs.ellipsis)
            return
        }
        let selection = min(context.view[cursor: .alerts].selection, rows.count - 1)
        let first = PaneContext.firstRow(selection: selection, visible: rect.height, count: rows.count)
        let badgeWidth = SeverityMark.allCases.map { DisplayWidth.of(context.glyphs.label(for: $0)) }.max() ?? 10
        for index in first..<min(rows.count, first + rect.height) {
            let y = rect.y + index - first
            let selected = index == selection && context.isActive(.alerts)
            if selected { screen.fill(x: rect.x, y: y, width: rect.width, height: 1, style: context.style(.selection)) }
            let fields = context.view.isShowingAlertHistory
                ? historyFields(rows[index].alert, context)
                : activeFields(rows[index].alert, context)
            drawRow(rows[index], fields: fields, badgeWidth: badgeWidth, selected: selected, context,
                    in: Rect(x: rect.x, y: y, width: rect.width, height: 1), on: &screen)
        }
    }

    /// A field at the right of a row; lower `priority` values are kept longer when room is short.
    struct Field {
        var text: String
        var role: ThemeRole
        var priority: Int
    }

    private static func drawRow(
        _ row: AlertRow, fields: [Field], badgeWidth: Int, selected: Bool, _ context: PaneContext, in rect: Rect,
        on screen: inout Screen
    ) {
        let alert = row.alert
        let badge = Badge(alert.severity, glyphs: context.glyphs)
        let indent = row.isFolded ? context.glyphs.text("└ ", ascii: "`- ") : ""
        let badgeColumns = min(badgeWidth, rect.width)
        let minimumTitle = 12
        var kept = fields
        var fieldWidth = kept.reduce(0) { $0 + DisplayWidth.of($1.text) + 1 }
        while !kept.isEmpty, rect.width - badgeColumns - 1 - fieldWidth < minimumTitle {
            let dropped = kept.indices.max { kept[$0].priority < kept[$1].priority }!
            fieldWidth -= DisplayWidth.of(kept[dropped].text) + 1
            kept.remove(at: dropped)
        }
        var writer = RowWriter(x: rect.x, y: rect.y, right: rect.right, ellipsis: context.glyphs.ellipsis)
        writer.write(indent, context.style(.dim), on: &screen)
        writer.write(badge.text, context.style(badge.role), width: badgeColumns, on: &screen)
        writer.skip(1)
        let pick = { (role: ThemeRole) in selected ? context.style(.selection) : context.style(role) }
        let titleWidth = max(0, rect.right - writer.x - fieldWidth)
        writer.write(alert.title, pick(.text), width: titleWidth, on: &screen)
        for field in kept {
            writer.skip(1)
            writer.write(field.text, field.role == .text || field.role == .dim ? pick(field.role) : context.style(field.role),
                         on: &screen)
        }
    }

    private static func activeFields(_ alert: Alert, _ context: PaneContext) -> [Field] {
        let now = context.model.now
        var fields: [Field] = []
        if let node = alert.node { fields.append(Field(text: String(node.prefix(16)), role: .dim, priority: 5)) }
        fields.append(Field(text: Format.age(now - alert.firstSeen), role: .dim, priority: 1))
        if let by = alert.acknowledgedBy {
            if alert.acknowledgementSaved {
                fields.append(Field(text: "ack " + by, role: .healthy, priority: 2))
            } else {
                fields.append(Field(text: "ack " + by + " unsaved", role: .warning, priority: 2))
            }
        } else if alert.requiresAcknowledgement, alert.state == .firing {
            fields.append(Field(text: "unacked", role: .warning, priority: 3))
        }
        if alert.isSilenced(at: now), let until = alert.silencedUntil {
            fields.append(Field(text: "silenced " + Format.age(until - now), role: .dim, priority: 2))
        }
        if alert.escalationLevel > 1 || alert.nextEscalationAt != nil {
            var text = "L\(alert.escalationLevel)"
            if let next = alert.nextEscalationAt, alert.acknowledgedBy == nil {
                text += next > now ? " " + context.glyphs.glyph(for: TrendDirection.up) + Format.duration(next - now) : " due"
            }
            fields.append(Field(text: text, role: alert.escalationLevel > 1 ? .warning : .dim, priority: 3))
        }
        if alert.occurrences > 1 {
            let times = context.glyphs.text("×", ascii: "x")
            fields.append(Field(text: times + "\(alert.occurrences)", role: .dim, priority: 4))
        }
        return fields
    }

    private static func historyFields(_ alert: Alert, _ context: PaneContext) -> [Field] {
        var fields: [Field] = []
        if let node = alert.node { fields.append(Field(text: String(node.prefix(16)), role: .dim, priority: 4)) }
        fields.append(Field(text: "fired " + Format.clock(alert.firstSeen), role: .dim, priority: 3))
        if let acknowledged = alert.acknowledgedAt {
            fields.append(Field(text: "ack in " + Format.duration(acknowledged - alert.firstSeen), role: .text, priority: 1))
        } else {
            fields.append(Field(text: "never acked", role: .warning, priority: 1))
        }
        if let resolved = alert.resolvedAt {
            fields.append(Field(text: "resolved in " + Format.duration(resolved - alert.firstSeen), role: .healthy, priority: 2))
        }
        return fields
    }
}
