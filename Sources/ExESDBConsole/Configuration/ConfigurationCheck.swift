import ExESDBMonitor

/// `exesdb-top config check [PATH]`: reads a configuration file and reports what it sets, or the first problem
/// with its file and line.
public struct ConfigurationCheck: Sendable, Equatable {
    /// Whether the file can be used.
    public let isOK: Bool
    /// What to print: a summary of the settings, or the error.
    public let report: String

    /// Checks the file at `path`.
    public init(path: String) {
        self.init(origin: path) { () throws(ConfigurationError) in try ConsoleConfiguration.load(path: path) }
    }

    /// Checks configuration text as if read from the file `origin`.
    public init(text: String, origin: String) {
        self.init(origin: origin) { () throws(ConfigurationError) in
            try ConsoleConfiguration(parsing: text, origin: origin)
        }
    }

    private init(origin: String, reading: () throws(ConfigurationError) -> ConsoleConfiguration) {
        do {
            let configuration = try reading()
            isOK = true
            report = Self.summary(of: configuration, path: origin)
        } catch {
            isOK = false
            report = error.description
        }
    }

    private static func summary(of configuration: ConsoleConfiguration, path: String) -> String {
        var lines = ["\(path): OK"]
        let sources = configuration.sources.isEmpty ? "(default)" : configuration.sources.joined(separator: ", ")
        lines.append("sources: \(sources)")
        if let node = configuration.node { lines.append("node: \(node)") }
        if let name = configuration.operatorName { lines.append("operator: \(name)") }
        if let theme = configuration.theme { lines.append("theme: \(theme)") }
        if let glyphs = configuration.glyphs { lines.append("glyphs: \(glyphs)") }
        if let refresh = configuration.refreshInterval { lines.append("refresh: \(AlertText.number(refresh))s") }
        let alerts = configuration.alerts
        lines.append("bell: \(alerts.bell ? "on, at most every \(AlertText.duration(alerts.bellInterval))" : "off")")
        lines.append("escalation: level 2 after \(AlertText.duration(alerts.escalation.firstAfter)), then every "
            + "\(AlertText.duration(alerts.escalation.thenAfter)) up to level \(alerts.escalation.maximumLevel)")
        if let command = alerts.onAlert {
            lines.append("on_alert: \(command) (\(alerts.onAlertSeverity.wireText) and above, "
                + "timeout \(AlertText.duration(alerts.onAlertTimeout)))")
        }
        lines.append("rules: \(configuration.rules.count)")
        for rule in configuration.rules {
            let scope = rule.node.map { " on \($0)" } ?? ""
            lines.append("  \(AlertText.ruleLevels(rule))\(scope)")
        }
        return lines.joined(separator: "\n")
    }
}
