import ExESDBMonitor
import TOMLKit

/// Turns a parsed TOML document into a `ConsoleConfiguration`, checking every key and value and pointing
/// each error at its line.
struct ConfigurationReader {
    let origin: String
    let source: ConfigurationText

    private static let topLevelKeys = "sources, node, operator, theme, glyphs, refresh, [alerts], [[rules]]"
    private static let alertKeys = "bell, bell_interval, escalate_after, escalate_again_after, escalation_levels, "
        + "on_alert, on_alert_timeout, on_alert_severity, default_rules"
    private static let ruleKeys = "kind, name, node, operation, percentile, resource, warning, critical, for, hysteresis"
    private static let glyphSets = ["auto", "emoji", "unicode", "ascii"]

    func read(_ document: TOMLTable) throws(ConfigurationError) -> ConsoleConfiguration {
        var configuration = ConsoleConfiguration()
        var fileRules: [AlertRule] = []
        for (key, value) in document {
            let line = source.line(ofKey: key, inTable: nil)
            switch key {
            case "sources":
                guard let array = value.array else { throw error(line, "sources must be a list of strings") }
                var sources: [String] = []
                for element in array {
                    guard let text = element.string, !text.isEmpty else {
                        throw error(line, "sources must be a list of non-empty strings")
                    }
                    sources.append(text)
                }
                configuration.sources = sources
            case "node": configuration.node = try text(value, key, line)
            case "operator": configuration.operatorName = try text(value, key, line)
            case "theme": configuration.theme = try text(value, key, line)
            case "glyphs":
                let glyphs = try text(value, key, line)
                guard Self.glyphSets.contains(glyphs) else {
                    throw error(line, "glyphs must be one of \(Self.glyphSets.joined(separator: ", ")), not '\(glyphs)'")
                }
                configuration.glyphs = glyphs
            case "refresh":
                let seconds = try duration(value, key, line)
                guard (0.05...60).contains(seconds) else { throw error(line, "refresh must be between 50ms and 60s") }
                configuration.refreshInterval = seconds
            case "alerts":
                guard let table = value.table else { throw error(line, "alerts must be a table ([alerts])") }
                configuration.alerts = try alertSettings(table)
            case "rules":
                guard let array = value.array else { throw error(line, "rules must be an array of tables ([[rules]])") }
                for (index, element) in array.enumerated() {
                    guard let table = element.table else {
                        throw error(line, "rules must be an array of tables ([[rules]])")
                    }
                    let rule = try self.rule(table, index: index)
                    if fileRules.contains(where: { $0.name == rule.name }) {
                        throw error(source.line(ofArrayTable: "rules", index: index),
                                    "a second rule named '\(rule.name)' (give it another name = \"…\")")
                    }
                    fileRules.append(rule)
                }
            default:
                throw error(line, "unknown key '\(key)' (expected \(Self.topLevelKeys))")
            }
        }
        let base = configuration.alerts.defaultRules ? AlertRule.defaults : []
        let replaced = base.map { builtin in fileRules.first { $0.name == builtin.name } ?? builtin }
        configuration.rules = replaced + fileRules.filter { rule in !base.contains { $0.name == rule.name } }
        return configuration
    }

    private func alertSettings(_ table: TOMLTable) throws(ConfigurationError) -> AlertSettings {
        var settings = AlertSettings()
        for (key, value) in table {
            let line = source.line(ofKey: key, inTable: "alerts")
            switch key {
            case "bell": settings.bell = try flag(value, key, line)
            case "bell_interval": settings.bellInterval = try duration(value, key, line)
            case "escalate_after": settings.escalation.firstAfter = try minutes(value, key, line)
            case "escalate_again_after": settings.escalation.thenAfter = try minutes(value, key, line)
            case "escalation_levels":
                guard let levels = value.int, (1...9).contains(levels) else {
                    throw error(line, "escalation_levels must be a whole number from 1 to 9")
                }
                settings.escalation.maximumLevel = levels
            case "on_alert":
                let command = try text(value, key, line)
                settings.onAlert = command.isEmpty ? nil : command
            case "on_alert_timeout":
                settings.onAlertTimeout = try duration(value, key, line)
                guard settings.onAlertTimeout > 0 else { throw error(line, "on_alert_timeout must be more than 0") }
            case "on_alert_severity":
                let severity = Severity(wireText: try text(value, key, line))
                guard severity.isKnown else {
                    throw error(line, "on_alert_severity must be info, warning, error or critical")
                }
                settings.onAlertSeverity = severity
            case "default_rules": settings.defaultRules = try flag(value, key, line)
            default:
                throw error(line, "unknown key '\(key)' in [alerts] (expected \(Self.alertKeys))")
            }
        }
        return settings
    }

    private func rule(_ table: TOMLTable, index: Int) throws(ConfigurationError) -> AlertRule {
        let header = source.line(ofArrayTable: "rules", index: index)
        func line(_ key: String) -> Int? { source.line(ofKey: key, inArrayTable: "rules", index: index) }
        for key in table.keys where !Self.ruleKeys.split(separator: ", ").contains(Substring(key)) {
            throw error(line(key), "unknown key '\(key)' in [[rules]] (expected \(Self.ruleKeys))")
        }
        func optionalText(_ key: String) throws(ConfigurationError) -> String? {
            guard let value = table[key] else { return nil }
            return try text(value, key, line(key))
        }
        guard let kindName = try optionalText("kind") else {
            throw error(header, "a rule needs a kind (resource, latency, throughput, node_health, cluster_health, quorum, staleness)")
        }
        let operation = try optionalText("operation")
        let kind: AlertRuleKind
        switch kindName {
        case "resource":
            guard let resourceName = try optionalText("resource") else {
                throw error(header, "a resource rule needs resource = \"cpu\", \"memory\", \"disk\" or \"network\"")
            }
            let resource = ResourceType(wireText: resourceName)
            if case .other = resource {
                throw error(line("resource"), "unknown resource '\(resourceName)' (expected cpu, memory, disk, network)")
            }
            kind = .resource(resource)
        case "latency":
            let percentileName = try optionalText("percentile") ?? "p99"
            let percentile = Percentile(wireText: percentileName)
            if case .other = percentile {
                throw error(line("percentile"), "unknown percentile '\(percentileName)' (expected p50, p95, p99, max, min, avg)")
            }
            kind = .latency(operation: operation, percentile: percentile)
        case "throughput": kind = .throughputFloor(operation: operation)
        case "node_health": kind = .nodeHealth
        case "cluster_health": kind = .clusterHealth
        case "quorum": kind = .quorum
        case "staleness": kind = .staleness
        default:
            throw error(line("kind"), "unknown rule kind '\(kindName)' (expected resource, latency, throughput, "
                + "node_health, cluster_health, quorum, staleness)")
        }
        let applicable: [(key: String, applies: Bool, to: String)] = [
            ("resource", kindName == "resource", "resource rules"),
            ("percentile", kindName == "latency", "latency rules"),
            ("operation", kindName == "latency" || kindName == "throughput", "latency and throughput rules"),
            ("node", kind.isPerNode, "per-node rules (not cluster_health or quorum)"),
        ]
        for (key, applies, rules) in applicable where !applies && table.contains(key: key) {
            throw error(line(key), "\(key) applies to \(rules) only")
        }
        let node = try optionalText("node")
        let warning = try table["warning"].map { value throws(ConfigurationError) in try level(value, "warning", kind, line("warning")) }
        let critical = try table["critical"].map { value throws(ConfigurationError) in try level(value, "critical", kind, line("critical")) }
        guard warning != nil || critical != nil else { throw error(header, "a rule needs a warning or a critical level") }
        if let warning, let critical, kind.firesBelow ? warning <= critical : warning >= critical {
            let order = kind.firesBelow ? "above" : "below"
            throw error(line("warning"), "warning must be \(order) critical for a \(kindName) rule")
        }
        let duration = try table["for"].map { value throws(ConfigurationError) in try self.duration(value, "for", line("for")) } ?? 0
        let hysteresis = try table["hysteresis"].map { value throws(ConfigurationError) in try number(value, "hysteresis", line("hysteresis")) } ?? 0
        guard hysteresis >= 0 else { throw error(line("hysteresis"), "hysteresis must not be negative") }
        let name = try optionalText("name") ?? Self.defaultName(kind, node: node)
        return AlertRule(name: name, kind: kind, node: node, warning: warning, critical: critical,
                         duration: duration, hysteresis: hysteresis)
    }

    /// The name a rule gets when it has none: the built-in rule's name for the same kind, so that a file rule
    /// replaces it, with the node appended when it names one.
    static func defaultName(_ kind: AlertRuleKind, node: String?) -> String {
        var name: String
        switch kind {
        case .resource(let type): name = type.wireText
        case .latency(let operation, let percentile):
            name = "latency-\(percentile.wireText)" + (operation.map { "-\($0)" } ?? "")
        case .throughputFloor(let operation): name = "throughput" + (operation.map { "-\($0)" } ?? "")
        case .nodeHealth: name = "node-down"
        case .clusterHealth: name = "cluster-health"
        case .quorum: name = "quorum"
        case .staleness: name = "stale-node"
        }
        if let node { name += "@\(node)" }
        return name
    }

    /// A level: a number, or for health rules a status word (degraded 1, unhealthy 2; quorum: lost 1), or for
    /// staleness a duration.
    private func level(_ value: TOMLValueConvertible, _ key: String, _ kind: AlertRuleKind, _ line: Int?)
        throws(ConfigurationError) -> Double {
        if kind == .staleness, value.string != nil {
            return try duration(value, key, line)
        }
        if let word = value.string {
            switch (kind, word) {
            case (.nodeHealth, "degraded"), (.clusterHealth, "degraded"), (.quorum, "lost"): return 1
            case (.nodeHealth, "unhealthy"), (.clusterHealth, "unhealthy"): return 2
            default:
                throw error(line, "\(key) must be a number" + (kind == .quorum ? " or \"lost\""
                    : kind == .nodeHealth || kind == .clusterHealth ? " or \"degraded\" / \"unhealthy\"" : ""))
            }
        }
        return try number(value, key, line)
    }

    private func text(_ value: TOMLValueConvertible, _ key: String, _ line: Int?) throws(ConfigurationError) -> String {
        guard let text = value.string else { throw error(line, "\(key) must be a string") }
        return text
    }

    private func flag(_ value: TOMLValueConvertible, _ key: String, _ line: Int?) throws(ConfigurationError) -> Bool {
        guard let flag = value.bool else { throw error(line, "\(key) must be true or false") }
        return flag
    }

    private func number(_ value: TOMLValueConvertible, _ key: String, _ line: Int?) throws(ConfigurationError) -> Double {
        guard let number = value.double ?? value.int.map(Double.init), number.isFinite else {
            throw error(line, "\(key) must be a number")
        }
        return number
    }

    private func minutes(_ value: TOMLValueConvertible, _ key: String, _ line: Int?) throws(ConfigurationError) -> Double {
        let minutes = try number(value, key, line)
        guard minutes > 0 else { throw error(line, "\(key) must be a number of minutes more than 0") }
        return minutes * 60
    }

    /// Seconds, from a number or a string such as `500ms`, `30s`, `5m`, `1h`.
    private func duration(_ value: TOMLValueConvertible, _ key: String, _ line: Int?) throws(ConfigurationError) -> Double {
        if let text = value.string {
            let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
            for (suffix, scale) in units where text.hasSuffix(suffix) {
                if let amount = Double(text.dropLast(suffix.count)), amount.isFinite, amount >= 0 { return amount * scale }
            }
            throw error(line, "\(key) must be seconds or a duration such as \"500ms\", \"30s\", \"5m\", \"1h\"")
        }
        let seconds = try number(value, key, line)
        guard seconds >= 0 else { throw error(line, "\(key) must not be negative") }
        return seconds
    }

    private func error(_ line: Int?, _ message: String) -> ConfigurationError {
        ConfigurationError(file: origin, line: line, message: message)
    }
}
