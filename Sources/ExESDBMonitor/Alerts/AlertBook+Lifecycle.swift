/// The transitions every input goes through: raise (new row or repeat), acknowledge, resolve, and the
/// folding of a down node's alerts.
extension AlertBook {
    /// Adds `candidate` as a new row, or counts it as a repeat of the active alert with its key.
    /// `sentAt` is the message's own timestamp, when it had one (to match acknowledgements replayed early).
    mutating func raise(_ candidate: Alert, sentAt: Double?, at now: Double) {
        if var existing = alerts[candidate.key] {
            existing.occurrences += 1
            existing.lastSeen = now
            existing.title = candidate.title
            existing.detail = candidate.detail ?? existing.detail
            existing.metadata = candidate.metadata ?? existing.metadata
            existing.currentValue = candidate.currentValue ?? existing.currentValue
            existing.threshold = candidate.threshold ?? existing.threshold
            if existing.reportsNodeDown != candidate.reportsNodeDown { inhibitionIsStale = true }
            existing.reportsNodeDown = candidate.reportsNodeDown
            Self.note(&existing, "repeated ×\(existing.occurrences)", at: now, limit: limits.timelineEntries, coalescing: "repeated")
            changeSeverity(of: &existing, to: candidate.severity, at: now)
            alerts[candidate.key] = existing
            return
        }
        guard makeRoom(for: candidate) else { return }
        var alert = candidate
        alert.sequence = nextSequence
        nextSequence += 1
        alert.firstSeen = now
        alert.lastSeen = now
        alert.timeline = [AlertTimelineEntry(time: now, text: "fired (\(alert.severity.wireText))")]
        if escalates(alert) { alert.nextEscalationAt = escalationPolicy.nextEscalation(afterReaching: 1, at: now) }
        if let silence = silenceByKey[alert.key] {
            alert.silencedUntil = silence.until
            Self.note(&alert, "silenced by \(silence.silencedBy) (silence in place)", at: now, limit: limits.timelineEntries)
        }
        if alert.severity == .critical {
            criticalSequence += 1
            alert.criticalSequence = criticalSequence
        }
        if alert.reportsNodeDown {
            inhibitionIsStale = true
        } else if let node = alert.node, let inhibitor = inhibitorByNode[node] {
            alert.inhibitedBy = inhibitor
            Self.note(&alert, "folded under \(inhibitor)", at: now, limit: limits.timelineEntries)
        }
        alerts[alert.key] = alert
        applyPendingAcknowledgements(to: alert.key, sentAt: sentAt, at: now)
    }

    /// Sets a new severity, noting the change; becoming critical takes a new critical sequence number.
    mutating func changeSeverity(of alert: inout Alert, to severity: Severity, at now: Double) {
        guard severity != alert.severity else { return }
        let direction = severity.rank > alert.severity.rank ? "raised" : "lowered"
        Self.note(&alert, "\(direction) to \(severity.wireText)", at: now, limit: limits.timelineEntries)
        alert.severity = severity
        if severity == .critical {
            criticalSequence += 1
            alert.criticalSequence = criticalSequence
        }
        if alert.state == .firing, alert.nextEscalationAt == nil, escalates(alert) {
            alert.nextEscalationAt = escalationPolicy.nextEscalation(afterReaching: alert.escalationLevel, at: now)
        }
    }

    /// Whether the local policy escalates `alert` while nobody acknowledges it.
    func escalates(_ alert: Alert) -> Bool {
        alert.requiresAcknowledgement && alert.severity.rank >= Severity.warning.rank
    }

    /// Records an acknowledgement (and a resolution it carries). Returns false when no active alert has the key.
    @discardableResult
    mutating func record(_ ack: AlertAck, own: Bool, saved: Bool, at now: Double) -> Bool {
        guard var alert = alerts[ack.alertID] else { return false }
        let time = max(ack.acknowledgedAt?.seconds ?? now, alert.firstSeen)
        let by = ack.acknowledgedBy ?? (ack.isAutomatic ? "auto" : "unknown")
        let repeated = alert.state == .acknowledged && alert.acknowledgedBy == by && alert.acknowledgementNote == ack.note
        if !repeated {
            if alert.acknowledgedAt == nil { alert.acknowledgedAt = time }
            alert.state = .acknowledged
            alert.acknowledgedBy = by
            alert.acknowledgementNote = ack.note
            alert.nextEscalationAt = nil
            let verb = ack.isAutomatic ? "auto-acknowledged" : "acknowledged"
            var text = "\(verb) by \(by)"
            if let note = ack.note, !note.isEmpty { text += ": \(note)" }
            if own && !saved { text += " (not saved)" }
            Self.note(&alert, text, at: time, limit: limits.timelineEntries)
        }
        if own { alert.acknowledgementSaved = saved }
        alerts[ack.alertID] = alert
        if let resolution = ack.resolution {
            resolve(ack.alertID, resolution: resolution, by: by, at: time)
        }
        return true
    }

    /// Moves an active alert to history as resolved.
    mutating func resolve(_ key: String, resolution: String, by: String?, at now: Double) {
        guard var alert = alerts.removeValue(forKey: key) else { return }
        if alert.reportsNodeDown { inhibitionIsStale = true }
        alert.state = .resolved
        alert.resolvedAt = max(now, alert.firstSeen)
        alert.resolution = resolution
        alert.nextEscalationAt = nil
        alert.inhibitedBy = nil
        let who = by.map { " by \($0)" } ?? ""
        Self.note(&alert, "resolved\(who): \(resolution)", at: alert.resolvedAt ?? now, limit: limits.timelineEntries)
        resolved.append(alert)
        if resolved.count > limits.history { resolved.removeFirst(resolved.count - limits.history) }
    }

    /// Folds each node's alerts under the earliest active alert saying that node is down and unfolds the rest,
    /// when the node-down alerts changed since the last time.
    mutating func refreshInhibition(at now: Double) {
        guard inhibitionIsStale else { return }
        inhibitionIsStale = false
        var downAlertByNode: [String: Alert] = [:]
        for alert in alerts.values where alert.reportsNodeDown {
            guard let node = alert.node else { continue }
            if let current = downAlertByNode[node], (current.firstSeen, current.key) <= (alert.firstSeen, alert.key) {
                continue
            }
            downAlertByNode[node] = alert
        }
        inhibitorByNode = downAlertByNode.mapValues(\.key)
        for key in Array(alerts.keys) {
            guard var alert = alerts[key] else { continue }
            let inhibitor = alert.reportsNodeDown ? nil : alert.node.flatMap { downAlertByNode[$0]?.key }
            guard inhibitor != alert.inhibitedBy else { continue }
            if let inhibitor {
                Self.note(&alert, "folded under \(inhibitor)", at: now, limit: limits.timelineEntries)
            } else {
                Self.note(&alert, "no longer folded", at: now, limit: limits.timelineEntries)
            }
            alert.inhibitedBy = inhibitor
            alerts[key] = alert
        }
    }

    /// Keeps an acknowledgement for an alert not yet known, dropping the oldest when the list is full.
    mutating func keepPending(_ ack: AlertAck, own: Bool, at now: Double) {
        pending.removeAll { $0.acknowledgement.alertID == ack.alertID }
        if pending.count >= limits.pendingAcknowledgements {
            pending.removeFirst()
            droppedAcknowledgementCount += 1
        }
        pending.append(PendingAcknowledgement(acknowledgement: ack, receivedAt: now, isOwn: own))
    }

    /// Applies the acknowledgement kept for `key`. An alert_id sent by the node names one firing, so its
    /// acknowledgement always applies (a repeat of the alert after a restart is still the same firing); for a
    /// key made up here (node + type or metric), an acknowledgement older than the alert belongs to an
    /// earlier firing and is dropped.
    mutating func applyPendingAcknowledgements(to key: String, sentAt: Double?, at now: Double) {
        guard let index = pending.firstIndex(where: { $0.acknowledgement.alertID == key }) else { return }
        let kept = pending.remove(at: index)
        if alerts[key]?.alertID == nil, let sentAt, kept.time < sentAt { return }
        record(kept.acknowledgement, own: kept.isOwn, saved: true, at: now)
    }

    /// Makes room for a new alert: refuses it when the book is full, unless it is more severe than the least
    /// severe, oldest active alert, which then goes to history. Either way the overflow is counted.
    mutating func makeRoom(for candidate: Alert) -> Bool {
        guard alerts.count >= limits.active else { return true }
        overflowCount += 1
        let weakest = alerts.values.min { ($0.severity.rank, $0.lastSeen) < ($1.severity.rank, $1.lastSeen) }
        guard let weakest, weakest.severity.rank < candidate.severity.rank else { return false }
        resolve(weakest.key, resolution: "dropped: too many active alerts", by: nil, at: candidate.firstSeen)
        return true
    }

    /// Appends to an alert's timeline, keeping it bounded (the first entry stays). With `coalescing`, an
    /// entry replaces the last one when that starts with the same word.
    static func note(_ alert: inout Alert, _ text: String, at time: Double, limit: Int, coalescing prefix: String? = nil) {
        if let prefix, let last = alert.timeline.last, last.text.hasPrefix(prefix) {
            alert.timeline[alert.timeline.count - 1] = AlertTimelineEntry(time: time, text: text)
            return
        }
        alert.timeline.append(AlertTimelineEntry(time: time, text: text))
        if alert.timeline.count > max(limit, 2) { alert.timeline.remove(at: 1) }
    }
}
