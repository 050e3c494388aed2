import ArgumentParser
import Dashboard
import ExESDBCollectors
import ExESDBMonitor
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `exesdb-top snapshot`: one frame to stdout once the sources end (or after some seconds).
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render one frame to stdout after the sources end or after --after seconds, for scripts and bug reports."
    )

    @OptionGroup var options: ConsoleOptions

    @Option(help: "Columns of the frame.")
    var width = 160

    @Option(help: "Rows of the frame.")
    var height = 48

    @Flag(help: "Plain text, no escape sequences at all (the default).")
    var plain = false

    @Flag(help: "With colours, as SGR escape sequences (256 colours).")
    var ansi = false

    @Option(help: "Seconds to collect before rendering, when the sources do not end by themselves.")
    var after: Double = 5

    @Option(help: "Zoom one pane: 1 Cluster, 2 Throughput, 3 Latency, 4 Resources, 5 Alerts, 6 Logs, 7 Diagnostics.")
    var pane: Int?

    mutating func validate() throws {
        guard (10...1000).contains(width), (5...1000).contains(height) else {
            throw ValidationError("--width must be 10–1000 and --height 5–1000")
        }
        guard !(plain && ansi) else { throw ValidationError("--plain and --ansi exclude each other") }
        guard after >= 0 else { throw ValidationError("--after must not be negative") }
        if let pane, !(1...7).contains(pane) { throw ValidationError("--pane must be 1–7") }
    }

    func run() throws {
        _ = TextLocale.prepare()
        let environment = ProcessInfo.processInfo.environment
        let configuration = try options.loadConfiguration(environment: environment)
        let descriptors = try options.sourceDescriptors(configuration: configuration)
        let catalog = ThemeCatalog(userDirectory: ThemeCatalog.userDirectory(environment: environment))
        let (theme, themeProblem) = catalog.select(options.theme ?? configuration.theme, noColor: !ansi)
        if let themeProblem { printError("exesdb-top: \(themeProblem); using the default theme") }
        let recorder: Recorder?
        do {
            recorder = try options.record.map { try Recorder(path: $0) }
        } catch {
            throw ValidationError("--record: \(error)")
        }
        let collectors = descriptors.map { $0.makeCollector(options: options.collectorOptions(configuration: configuration)) }
        let live = LiveState(
            sources: collectors.map(\.id), alerts: AlertBook(escalationPolicy: configuration.alerts.escalation),
            rules: configuration.rules)
        let hub = SourceHub(collectors: collectors, recorder: recorder)
        hub.start(sink: live.apply)
        let deadline = Clock.now() + after
        while Clock.now() < deadline, !live.allSourcesFinished {
            usleep(20_000)
        }
        hub.stop()
        let replaysOnly = descriptors.allSatisfy {
            if case .replay(_, .maximum) = $0 { return true }
            return false
        }
        let glyphs = options.glyphSet(configuration: configuration) ?? GlyphSet.forTerminal(isUTF8: TextLocale.userLocaleIsUTF8)
        let frame = FrameModel(
            refreshInterval: options.refreshInterval(configuration: configuration),
            operatorName: options.operatorName ?? configuration.operatorName ?? OperatorIdentity.defaultName(),
            notices: [])
        var view = ViewState()
        if let pane { view.zoomed = PaneID(rawValue: pane) }
        let now = replaysOnly ? (live.withContents { $0.newestReceiveTime } ?? Clock.now()) : Clock.now()
        live.evaluateRules(at: now)
        let screen = live.withContents { contents in
            return DashboardRenderer.render(
                model: frame.model(of: contents, at: now), view: view, width: width, height: height, theme: theme,
                glyphs: glyphs)
        }
        if ansi {
            print(screen.ansiText(depth: .indexed256))
        } else {
            print(screen.plainLines().joined(separator: "\n"))
        }
    }
}
