/// What time alone changes: silences end, unacknowledged alerts escalate.
extension AlertBook {
    /// Advances timers to `now`: silences that ended are removed (their alerts show again), and each firing
    /// alert, neither silenced nor folded, whose escalation time passed goes up a level (every level it missed,
    /// each on its timeline at the time it was due). Returns the keys of the alerts escalated.
    @discardableResult
    public mutating func tick(at now: Double) -> [String] {
        for silence in silenceByKey.values where silence.until <= now {
            silenceByKey[silence.key] = nil
            guard var alert = alerts[silence.key] else { continue }
            alert.silencedUntil = nil
            Self.note(&alert, "silence ended", at: silence.until, limit: limits.timelineEntries)
            alerts[silence.key] = alert
        }
        var escalated: [String] = []
        for key in Array(alerts.keys) {
            guard var alert = alerts[key], alert.state == .firing, !alert.isSilenced(at: now), !alert.isInhibited,
                  var due = alert.nextEscalationAt, due <= now else { continue }
            let startLevel = alert.escalationLevel
            while due <= now, alert.escalationLevel < escalationPolicy.maximumLevel {
                let waited = AlertText.duration(due - alert.firstSeen)
                alert.escalationLevel += 1
                Self.note(&alert, "escalated to level \(alert.escalationLevel) (not acknowledged after \(waited))",
                          at: due, limit: limits.timelineEntries)
                guard let next = escalationPolicy.nextEscalation(afterReaching: alert.escalationLevel, at: due) else {
                    break
                }
                due = next
            }
            alert.nextEscalationAt = alert.escalationLevel < escalationPolicy.maximumLevel ? due : nil
            alerts[key] = alert
            if alert.escalationLevel > startLevel { escalated.append(key) }
        }
        return escalated.sorted()
    }
}
