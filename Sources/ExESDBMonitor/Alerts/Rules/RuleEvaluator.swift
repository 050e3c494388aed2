/// Evaluates local rules against the store, one subject at a time, remembering since when each level held
/// and which level fires. A pure value: the time is passed in.
public struct RuleEvaluator: Sendable {
    /// The most subjects tracked at once (pending or firing).
    public let capacity: Int
    /// Subjects not tracked because `capacity` was reached.
    public private(set) var refusedCount = 0
    private var tracks: [String: RuleTrack] = [:]

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The severity firing for an alert key, if any.
    public func firingSeverity(of key: String) -> Severity? { tracks[key]?.firing }

    /// Since when the condition of an alert key has held (at any level), if it holds.
    public func pendingSince(_ key: String) -> Double? { tracks[key]?.warningSince }

    /// The latest reading of an alert key's subject, while its rule tracks it.
    public func latestReading(of key: String) -> RuleReading? { tracks[key]?.reading }

    /// The rule tracking an alert key.
    public func rule(of key: String) -> AlertRule? { tracks[key]?.rule }

    /// Reads every rule's subjects at `now` and returns the alerts that fire, change severity or clear. A rule
    /// no longer in `rules` clears its alerts.
    public mutating func evaluate(store: Store, rules: [AlertRule], at now: Double) -> [RuleTransition] {
        var transitions: [RuleTransition] = []
        let names = Set(rules.map(\.name))
        for (key, track) in tracks where !names.contains(track.rule.name) {
            if track.firing != nil {
                transitions.append(RuleTransition(change: .clear, rule: track.rule, reading: track.reading, threshold: nil))
            }
            tracks[key] = nil
        }
        for rule in rules {
            for reading in RuleReading.readings(of: rule, in: store, at: now) {
                if let transition = step(rule, reading, at: now) { transitions.append(transition) }
            }
        }
        return transitions
    }

    private mutating func step(_ rule: AlertRule, _ reading: RuleReading, at now: Double) -> RuleTransition? {
        let value = reading.value
        let pastWarning = rule.warning.map { rule.exceeds(value, $0) } ?? false
        let pastCritical = rule.critical.map { rule.exceeds(value, $0) } ?? false
        var track = tracks[reading.key] ?? RuleTrack(rule: rule, reading: reading)
        if tracks[reading.key] == nil {
            guard pastWarning || pastCritical else { return nil }
            guard tracks.count < capacity else {
                refusedCount += 1
                return nil
            }
        }
        track.rule = rule
        track.reading = reading
        track.criticalSince = pastCritical ? (track.criticalSince ?? now) : nil
        track.warningSince = pastWarning || pastCritical ? (track.warningSince ?? now) : nil
        let previous = track.firing
        track.firing = Self.mostSevere(due(track, at: now), held(track, value: value))
        tracks[reading.key] = track.isIdle ? nil : track
        switch (previous, track.firing) {
        case (nil, let level?):
            return RuleTransition(change: .fire(level), rule: rule, reading: reading, threshold: Self.level(level, of: rule))
        case (let old?, nil):
            let level = Self.level(old, of: rule) ?? Self.level(.warning, of: rule)
            let clearing = level.map { rule.kind.firesBelow ? $0 + rule.hysteresis : $0 - rule.hysteresis }
            return RuleTransition(change: .clear, rule: rule, reading: reading, threshold: clearing)
        case (let old?, let level?) where old != level:
            return RuleTransition(change: .changeSeverity(level), rule: rule, reading: reading,
                                  threshold: Self.level(level, of: rule))
        default:
            return nil
        }
    }

    /// The level whose condition has held for the rule's duration.
    private func due(_ track: RuleTrack, at now: Double) -> Severity? {
        let duration = track.rule.duration
        if let since = track.criticalSince, now - since >= duration { return .critical }
        if let since = track.warningSince, now - since >= duration, track.rule.warning != nil { return .warning }
        return nil
    }

    /// The level already firing that still holds inside its hysteresis band.
    private func held(_ track: RuleTrack, value: Double) -> Severity? {
        guard let firing = track.firing else { return nil }
        let rule = track.rule
        if firing == .critical, let critical = rule.critical, rule.holds(value, critical) { return .critical }
        if let warning = rule.warning, rule.holds(value, warning) { return .warning }
        return nil
    }

    private static func level(_ severity: Severity, of rule: AlertRule) -> Double? {
        severity == .critical ? rule.critical : rule.warning
    }

    private static func mostSevere(_ first: Severity?, _ second: Severity?) -> Severity? {
        guard let first else { return second }
        guard let second else { return first }
        return first.rank >= second.rank ? first : second
    }
}
