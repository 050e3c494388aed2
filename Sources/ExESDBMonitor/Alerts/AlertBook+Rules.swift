/// Local rules: evaluated against the store, their transitions applied to the book.
extension AlertBook {
    /// Evaluates `rules` against `store` at `now`: alerts fire once a condition held for the rule's duration,
    /// change severity, and resolve when the value is back past the level less the hysteresis. Firing rule
    /// alerts get the latest value in their title.
    public mutating func evaluate(store: Store, rules: [AlertRule], at now: Double) {
        for transition in evaluator.evaluate(store: store, rules: rules, at: now) {
            apply(transition, at: now)
        }
        for key in Array(alerts.keys) {
            guard var alert = alerts[key], case .rule = alert.origin, let reading = evaluator.latestReading(of: key),
                  reading.value != alert.currentValue, let rule = evaluator.rule(of: key) else { continue }
            alert.currentValue = reading.value
            alert.title = AlertText.ruleTitle(rule, reading)
            alerts[key] = alert
        }
        refreshInhibition(at: now)
    }

    private mutating func apply(_ transition: RuleTransition, at now: Double) {
        let rule = transition.rule
        let reading = transition.reading
        switch transition.change {
        case .fire(let severity):
            var alert = Alert(
                key: reading.key, kind: rule.kind.configurationName, title: AlertText.ruleTitle(rule, reading),
                detail: AlertText.ruleLevels(rule), node: reading.node, severity: severity, origin: .rule(rule.name),
                firstSeen: now)
            alert.operation = reading.operation
            alert.currentValue = reading.value
            alert.threshold = transition.threshold
            alert.reportsNodeDown = Self.reportsNodeDown(rule, severity)
            raise(alert, sentAt: nil, at: now)
        case .changeSeverity(let severity):
            guard var alert = alerts[reading.key] else { return }
            alert.threshold = transition.threshold
            alert.currentValue = reading.value
            alert.lastSeen = now
            if alert.reportsNodeDown != Self.reportsNodeDown(rule, severity) { inhibitionIsStale = true }
            alert.reportsNodeDown = Self.reportsNodeDown(rule, severity)
            changeSeverity(of: &alert, to: severity, at: now)
            alerts[reading.key] = alert
        case .clear:
            let level = transition.threshold.map { " (past \(AlertText.number($0))\(rule.kind.unit))" } ?? ""
            let value = AlertText.number(reading.value) + rule.kind.unit
            resolve(reading.key, resolution: "cleared at \(value)\(level)", by: "rule \(rule.name)", at: now)
        }
    }

    private static func reportsNodeDown(_ rule: AlertRule, _ severity: Severity) -> Bool {
        rule.kind.reportsNodeDown || (rule.kind == .nodeHealth && severity == .critical)
    }
}
