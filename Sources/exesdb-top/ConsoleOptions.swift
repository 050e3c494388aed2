import ArgumentParser
import Dashboard
import ExESDBCollectors
import ExESDBConsole

/// The options shared by the console and `snapshot`: where data comes from and how it is drawn.
struct ConsoleOptions: ParsableArguments {
    @Option(name: .customLong("source"), help: ArgumentHelp(
        "A source, repeatable: proc, demo, -, tcp://HOST:PORT, ssh://[USER@]HOST[:PORT][/PATH], file:PATH, replay:PATH[?speed=N|max].",
        valueName: "URI"))
    var sources: [String] = []

    @Flag(help: "The built-in demo cluster plus this machine's /proc (short for --source demo --source proc).")
    var demo = false

    @Option(help: "The name of this node in the proc source (default: the host name).")
    var node: String?

    @Option(name: .customLong("disk"), help: ArgumentHelp("A mount point to report besides /, repeatable.", valueName: "PATH"))
    var disks: [String] = []

    @Option(help: "Seconds between screen refreshes and /proc samples (0.2–60; default 1).")
    var refresh: Double?

    @Option(help: "A theme name (default, light, high-contrast, colorblind, exesdb-classic, monochrome, or one in $XDG_CONFIG_HOME/exesdb-top/themes) or a TOML file.")
    var theme: String?

    @Option(help: "Glyph set: emoji, unicode or ascii (default: emoji under a UTF-8 locale, else ascii).")
    var glyphs: GlyphChoice?

    @Option(name: .customLong("operator"), help: "Who acknowledges alerts from this console (default: $USER@hostname).")
    var operatorName: String?

    @Option(help: ArgumentHelp("Record every received line with its receive time and source, for replay:.", valueName: "PATH"))
    var record: String?

    @Flag(help: "Read followed files from their start instead of their end.")
    var fromStart = false

    @Option(help: ArgumentHelp(
        "A command run with each new alert as JSON on its standard input (PagerDuty, Slack: see contrib/).",
        valueName: "CMD"))
    var onAlert: String?

    @Option(help: ArgumentHelp("The configuration file (default: $XDG_CONFIG_HOME/exesdb-top/config.toml).", valueName: "PATH"))
    var config: String?

    mutating func validate() throws {
        if let refresh, !(0.2...60).contains(refresh) {
            throw ValidationError("--refresh must be between 0.2 and 60 seconds")
        }
    }

    /// The sources to open: the ones named, `--demo`'s, the configuration's, or by default this machine's /proc
    /// and the local bridge.
    func sourceDescriptors(configuration: ConsoleConfiguration) throws -> [SourceDescriptor] {
        var names = sources
        if demo { names += ["demo", "proc"] }
        if names.isEmpty { names = configuration.sources }
        if names.isEmpty { names = ["proc", "tcp://127.0.0.1:\(SourceDescriptor.defaultBridgePort)"] }
        var seen = Set<String>()
        var descriptors: [SourceDescriptor] = []
        for name in names where seen.insert(name).inserted {
            do {
                descriptors.append(try SourceDescriptor(parsing: name))
            } catch {
                throw ValidationError("--source \(error)")
            }
        }
        return descriptors
    }

    /// The configuration file named by `--config`, else the default one when it exists. A broken file ends the
    /// program with its file and line, exit status 2.
    func loadConfiguration(environment: [String: String]) throws -> ConsoleConfiguration {
        do {
            if let config { return try ConsoleConfiguration.load(path: config) }
            return try ConsoleConfiguration.loadIfPresent(path: ConsolePaths.configurationFile(environment: environment))
        } catch {
            printError("exesdb-top: \(error)")
            throw ExitCode(2)
        }
    }

    /// Seconds between frames: `--refresh`, else the configuration's, else 1.
    func refreshInterval(configuration: ConsoleConfiguration) -> Double {
        refresh ?? configuration.refreshInterval.map { min(60, max(0.2, $0)) } ?? 1
    }

    /// The glyph set asked for by `--glyphs` or the configuration; nil for automatic.
    func glyphSet(configuration: ConsoleConfiguration) -> GlyphSet? {
        glyphs?.glyphSet ?? configuration.glyphs.flatMap(GlyphChoice.init(rawValue:))?.glyphSet
    }

    /// Settings for the collectors from these options.
    func collectorOptions(configuration: ConsoleConfiguration) -> CollectorOptions {
        CollectorOptions(
            fileFromStart: fromStart, procNode: node ?? configuration.node,
            procInterval: refreshInterval(configuration: configuration), procExtraMounts: disks)
    }
}
