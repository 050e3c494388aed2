/// Alerts, acknowledgements and escalations from the stream.
extension AlertBook {
    /// Folds in one event received at `now`: SystemAlert and MetricAlert raise or repeat alerts (a MetricAlert
    /// whose value is back within its threshold resolves its alert), AlertAck acknowledges (and resolves when it
    /// carries a resolution), AlertEscalation sets the level. Other events are ignored.
    public mutating func apply(_ event: MonitorEvent, at now: Double) {
        let sentAt = event.time.isReceiveTime ? nil : event.time.seconds
        switch event.message {
        case .systemAlert(let alert):
            raise(systemAlert(alert, event: event, at: now), sentAt: sentAt, at: now)
        case .metricAlert(let metric):
            let key = AlertKey.metric(node: event.node, metric: metric.metricName)
            if Self.isWithinThreshold(metric) {
                let value = metric.currentValue.map(AlertText.number) ?? "?"
                resolve(key, resolution: "cleared: \(metric.metricName) back to \(value)", by: event.node, at: now)
            } else {
                raise(metricAlert(metric, key: key, node: event.node, at: now), sentAt: sentAt, at: now)
            }
        case .alertAck(let ack):
            apply(ack, at: now)
            return
        case .alertEscalation(let escalation):
            apply(escalation, at: now)
            return
        default:
            return
        }
        refreshInhibition(at: now)
    }

    /// Applies an acknowledgement from another console, the node, or this console's journal (replayed at
    /// start). One for an alert not yet known is kept (bounded) and applied when the alert arrives.
    public mutating func apply(_ ack: AlertAck, at now: Double) {
        guard !ack.alertID.isEmpty else { return }
        if !record(ack, own: false, saved: true, at: now) {
            keepPending(ack, own: false, at: now)
        }
        refreshInhibition(at: now)
    }

    /// Sets the escalation level an AlertEscalation gives and notes it; the local policy's countdown restarts
    /// from that level.
    public mutating func apply(_ escalation: AlertEscalation, at now: Double) {
        guard var alert = alerts[escalation.alertID] else {
            unmatchedEscalationCount += 1
            return
        }
        if let level = escalation.toLevel, level > 0 { alert.escalationLevel = max(alert.escalationLevel, min(level, 99)) }
        var text = "escalated to level \(alert.escalationLevel)"
        if let by = escalation.escalatedBy { text += " by \(by)" }
        if let reason = escalation.reason { text += ": \(reason)" }
        if !escalation.notifyContacts.isEmpty { text += " (notify \(escalation.notifyContacts.joined(separator: ", ")))" }
        Self.note(&alert, text, at: now, limit: limits.timelineEntries)
        alert.nextEscalationAt = alert.state == .firing && escalates(alert)
            ? escalationPolicy.nextEscalation(afterReaching: alert.escalationLevel, at: now) : nil
        alerts[escalation.alertID] = alert
    }

    private func systemAlert(_ alert: SystemAlert, event: MonitorEvent, at now: Double) -> Alert {
        let context = alert.metadata?.objectValue
        let node = context?.first("failed_node", "node")?.stringValue ?? event.node
        let type = alert.alertType ?? event.envelope.topic
        let kind = type ?? alert.category?.wireText ?? "system_alert"
        let key = alert.alertID ?? AlertKey.system(node: node, type: type ?? alert.title)
        var made = Alert(
            key: key, alertID: alert.alertID, kind: kind, title: alert.title, detail: alert.description, node: node,
            severity: alert.severity, origin: .systemAlert, firstSeen: now,
            requiresAcknowledgement: alert.requiresAck, metadata: alert.metadata)
        made.reportsNodeDown = nodeDownAlertTypes.contains(kind)
        return made
    }

    private func metricAlert(_ metric: MetricAlert, key: String, node: String?, at now: Double) -> Alert {
        var title = metric.metricName
        if let value = metric.currentValue { title += " \(AlertText.number(value))" }
        if let threshold = metric.thresholdValue {
            title += (metric.thresholdType == .min ? " < " : " > ") + AlertText.number(threshold)
        }
        if let node { title += " on \(node)" }
        var made = Alert(key: key, kind: metric.metricName, title: title, node: node, severity: metric.severity,
                         origin: .metricAlert, firstSeen: now)
        made.currentValue = metric.currentValue
        made.threshold = metric.thresholdValue
        return made
    }

    /// A MetricAlert whose value is back on the good side of its threshold says the condition cleared.
    static func isWithinThreshold(_ metric: MetricAlert) -> Bool {
        guard let value = metric.currentValue, let threshold = metric.thresholdValue else { return false }
        switch metric.thresholdType {
        case .max: return value <= threshold
        case .min: return value >= threshold
        default: return false
        }
    }
}
