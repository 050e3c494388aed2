/// What the operator at this console does: acknowledge, resolve, silence.
extension AlertBook {
    /// Acknowledges the active alert `key` as `by`, with an optional note, and returns the AlertAck to send
    /// upstream and to journal (its alert_id is the alert's id, else its key). `saved: false` marks the
    /// acknowledgement as not yet in the journal (shown on its row) until `markSaved`. Nil when no active alert
    /// has the key.
    public mutating func acknowledge(_ key: String, by: String, note: String?, at now: Double, saved: Bool) -> AlertAck? {
        guard let alert = alerts[key] else { return nil }
        let ack = AlertAck(alertID: alert.upstreamID, acknowledgedBy: by, note: note,
                           acknowledgedAt: Timestamp(seconds: now))
        record(ack, own: true, saved: saved, at: now)
        return ack
    }

    /// Resolves the active alert `key` by hand (acknowledging it if it was not) and returns the AlertAck with the
    /// resolution to send upstream and to journal. Nil when no active alert has the key.
    public mutating func resolve(_ key: String, by: String, resolution: String, at now: Double, saved: Bool) -> AlertAck? {
        guard let alert = alerts[key] else { return nil }
        let ack = AlertAck(alertID: alert.upstreamID, acknowledgedBy: by, note: nil, resolution: resolution,
                           acknowledgedAt: Timestamp(seconds: now))
        record(ack, own: true, saved: saved, at: now)
        if let index = resolved.lastIndex(where: { $0.key == key }) { resolved[index].acknowledgementSaved = saved }
        refreshInhibition(at: now)
        return ack
    }

    /// Replays an acknowledgement this console made earlier (from its journal): applied as saved, or kept until
    /// its alert arrives.
    public mutating func restore(_ ack: AlertAck, at now: Double) {
        guard !ack.alertID.isEmpty else { return }
        if !record(ack, own: true, saved: true, at: now) {
            keepPending(ack, own: true, at: now)
        }
        refreshInhibition(at: now)
    }

    /// Marks the acknowledgement of `key` as safely journaled (active or resolved alert).
    public mutating func markSaved(_ key: String) {
        alerts[key]?.acknowledgementSaved = true
        if let index = resolved.lastIndex(where: { $0.key == key }) { resolved[index].acknowledgementSaved = true }
    }

    /// Mutes the alert key `key` until `until` (it ends by itself in `tick`), whether or not it is firing now:
    /// an alert raised under that key while the silence lasts shows as silenced. Returns false when refused
    /// because `limits.silences` are in place.
    @discardableResult
    public mutating func silence(_ key: String, until: Double, by: String, at now: Double) -> Bool {
        guard silenceByKey[key] != nil || silenceByKey.count < limits.silences else {
            refusedSilenceCount += 1
            return false
        }
        silenceByKey[key] = AlertSilence(key: key, until: until, silencedBy: by, since: now)
        if var alert = alerts[key] {
            alert.silencedUntil = until
            Self.note(&alert, "silenced by \(by) for \(AlertText.duration(until - now))", at: now, limit: limits.timelineEntries)
            alerts[key] = alert
        }
        return true
    }

    /// Lifts the silence on `key` before it ends.
    public mutating func liftSilence(_ key: String, by: String? = nil, at now: Double) {
        guard silenceByKey.removeValue(forKey: key) != nil else { return }
        if var alert = alerts[key] {
            alert.silencedUntil = nil
            Self.note(&alert, "silence lifted" + (by.map { " by \($0)" } ?? ""), at: now, limit: limits.timelineEntries)
            alerts[key] = alert
        }
    }
}
