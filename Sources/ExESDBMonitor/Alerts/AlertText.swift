/// Short texts for alert rows and timelines: numbers with at most one decimal, durations as `1h30m`.
public enum AlertText {
    /// Numbers from the wire or a file are shown in tenths, and durations in whole seconds, below this
    /// magnitude; larger ones (1e300 is valid JSON and TOML) in exponent form, or as this many seconds,
    /// rather than overflowing an integer and stopping the console.
    private static let largestCountable = 1e15

    /// `85`, `91.3`, `-0.5`: at most one decimal, none when whole.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        guard abs(value) < largestCountable else { return value.description }
        let tenths = Int64((abs(value) * 10).rounded())
        let sign = value < 0 && tenths != 0 ? "-" : ""
        let whole = tenths / 10
        let fraction = tenths % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `45s`, `15m`, `1h30m`, `2d3h`: the two largest units.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(min(max(0, seconds.isFinite ? seconds : 0), largestCountable).rounded())
        let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60, rest = total % 60
        if days > 0 { return hours > 0 ? "\(days)d\(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h\(minutes)m" : "\(hours)h" }
        if minutes > 0 { return rest > 0 ? "\(minutes)m\(rest)s" : "\(minutes)m" }
        return "\(rest)s"
    }

    /// The title of a rule's alert for one reading, e.g. `memory 91.2% on node1`, `quorum lost`.
    public static func ruleTitle(_ rule: AlertRule, _ reading: RuleReading) -> String {
        let on = reading.node.map { " on \($0)" } ?? ""
        let value = number(reading.value) + rule.kind.unit
        switch rule.kind {
        case .resource(let type):
            return "\(type.wireText) \(value)\(on)"
        case .latency(_, let percentile):
            return "\(percentile.wireText) latency of \(reading.operation ?? "?") \(value)\(on)"
        case .throughputFloor:
            return "\(reading.operation ?? "?") throughput \(value)\(on)"
        case .nodeHealth:
            return "\(reading.node ?? "node") \(healthWord(reading.value))"
        case .clusterHealth:
            return "cluster \(healthWord(reading.value))"
        case .quorum:
            return reading.value >= 1 ? "quorum lost" : "quorum available"
        case .staleness:
            return "no data from \(reading.node ?? "node") for \(duration(reading.value))"
        }
    }

    /// The rule's levels, e.g. `warning ≥ 85%, critical ≥ 95% (for 30s, hysteresis 5)`.
    public static func ruleLevels(_ rule: AlertRule) -> String {
        let comparison = rule.kind.firesBelow ? "<" : "≥"
        var parts: [String] = []
        if let warning = rule.warning { parts.append("warning \(comparison) \(number(warning))\(rule.kind.unit)") }
        if let critical = rule.critical { parts.append("critical \(comparison) \(number(critical))\(rule.kind.unit)") }
        var text = "rule \(rule.name): " + parts.joined(separator: ", ")
        var qualifiers: [String] = []
        if rule.duration > 0 { qualifiers.append("for \(duration(rule.duration))") }
        if rule.hysteresis > 0 { qualifiers.append("hysteresis \(number(rule.hysteresis))") }
        if !qualifiers.isEmpty { text += " (" + qualifiers.joined(separator: ", ") + ")" }
        return text
    }

    private static func healthWord(_ level: Double) -> String {
        level >= 2 ? "unhealthy" : level >= 1 ? "degraded" : "healthy"
    }
}
