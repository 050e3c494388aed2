import ExESDBMonitor

/// The console's settings from `config.toml` (see docs/configuration.md); defaults where the file is silent.
public struct ConsoleConfiguration: Sendable, Equatable {
    /// Where to read from (`tcp://host:port`, `ssh://host`, a file path, `-`, `replay:PATH`, `demo`).
    public var sources: [String] = []
    /// The node this console runs on, shown first.
    public var node: String?
    /// Who acknowledges: the `ack_by` of this console's acknowledgements.
    public var operatorName: String?
    /// A theme name or theme file path.
    public var theme: String?
    /// The glyph set: `auto`, `emoji`, `unicode` or `ascii`.
    public var glyphs: String?
    /// Seconds between screen refreshes.
    public var refreshInterval: Double?
    public var alerts = AlertSettings()
    /// The rules in force: the built-in ones (unless `default_rules = false`) with the file's rules replacing
    /// those of the same name, then the file's other rules.
    public var rules: [AlertRule] = AlertRule.defaults
    /// The file it was read from; nil when nothing was read.
    public var path: String?

    /// The defaults.
    public init() {}
}
