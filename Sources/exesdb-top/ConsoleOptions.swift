import ArgumentParser
import Dashboard
import ExESDBCollectors

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

    @Option(help: "Seconds between screen refreshes and /proc samples (0.2–60).")
    var refresh: Double = 1

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

    mutating func validate() throws {
        guard refresh >= 0.2, refresh <= 60 else {
            throw ValidationError("--refresh must be between 0.2 and 60 seconds")
        }
    }

    /// The sources to open: the ones named, `--demo`'s, or by default this machine's /proc and the local bridge.
    func sourceDescriptors() throws -> [SourceDescriptor] {
        var names = sources
        if demo { names += ["demo", "proc"] }
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

    /// Settings for the collectors from these options.
    var collectorOptions: CollectorOptions {
        CollectorOptions(fileFromStart: fromStart, procNode: node, procInterval: refresh, procExtraMounts: disks)
    }
}

/// The glyph sets `--glyphs` can name.
enum GlyphChoice: String, ExpressibleByArgument, CaseIterable {
    case emoji, unicode, ascii

    var glyphSet: GlyphSet {
        switch self {
        case .emoji: return .emoji
        case .unicode: return .unicode
        case .ascii: return .ascii
        }
    }
}
