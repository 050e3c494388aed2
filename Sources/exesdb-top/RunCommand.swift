import ArgumentParser
import CTerminalSupport
import Dashboard
import ExESDBCollectors
import ExESDBConsole
import ExESDBMonitor
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TerminalIO

/// `exesdb-top [options]`: the live console.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The live console (the default command).",
        discussion: "Keys: ? shows them all. q quits."
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try MainActor.assumeIsolated { try runOnMainActor() }
    }

    @MainActor
    private func runOnMainActor() throws {
        CrashReporting.ensureNonInteractiveBacktraces()
        // A malloc arena per thread holds ~0.3 MiB of idle slack; the console's few threads share one.
        _ = cterminal_share_one_malloc_arena()
        let environment = ProcessInfo.processInfo.environment
        let configuration = try options.loadConfiguration(environment: environment)
        let descriptors = try options.sourceDescriptors(configuration: configuration)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let catalog = ThemeCatalog(userDirectory: ThemeCatalog.userDirectory(environment: environment))
        let (theme, themeProblem) = catalog.select(options.theme ?? configuration.theme, noColor: noColor)
        if let themeProblem { printError("exesdb-top: \(themeProblem); using the default theme") }
        let recorder: Recorder?
        do {
            recorder = try options.record.map { try Recorder(path: $0) }
        } catch {
            throw ValidationError("--record: \(error)")
        }
        let now = Clock.now()
        var book = AlertBook(escalationPolicy: configuration.alerts.escalation)
        var notices: [String] = []
        if let themeProblem { notices.append("theme: \(themeProblem.message)") }
        let journal: AlertJournal?
        var journalProblem: String?
        do {
            let opened = try AlertJournal(directory: ConsolePaths.stateDirectory(environment: environment))
            opened.recovered.restore(into: &book, at: now)
            if opened.recovered.tornLineCount > 0 {
                notices.append("journal: a torn last line was dropped (\(opened.recovered.tornLineCount))")
            }
            if let problem = opened.openProblem { journalProblem = "journal not writable (\(problem.reason)): acks unsaved" }
            journal = opened
        } catch {
            journal = nil
            journalProblem = "journal unavailable (\(error)): acks unsaved"
        }
        let terminal: Terminal
        do {
            terminal = try Terminal.start(environment: environment, maximumDepth: noColor ? .monochrome : .truecolor)
        } catch {
            printError("exesdb-top: \(error)")
            throw ExitCode(2)
        }
        let collectors = descriptors.map { $0.makeCollector(options: options.collectorOptions(configuration: configuration)) }
        let live = LiveState(sources: collectors.map(\.id), alerts: book, rules: configuration.rules)
        let hub = SourceHub(collectors: collectors, recorder: recorder)
        let themes = [theme] + catalog.availableNames().filter { $0 != theme.name }.compactMap(ThemeCatalog.builtin(named:))
        let preferred = options.glyphSet(configuration: configuration) ?? GlyphSet.forTerminal(isUTF8: terminal.isUTF8)
        let glyphSets = [preferred] + (terminal.isUTF8 ? GlyphSet.all : [.ascii]).filter { $0.name != preferred.name }
        let operatorName = options.operatorName ?? configuration.operatorName ?? OperatorIdentity.defaultName()
        let hook = (options.onAlert ?? configuration.alerts.onAlert).map {
            AlertHook(command: $0, timeout: configuration.alerts.onAlertTimeout)
        }
        let actions = AlertActions(
            live: live, hub: hub, journal: journal, journalProblem: journalProblem,
            incidents: IncidentRecorder(directory: ConsolePaths.incidentsDirectory(environment: environment)), hook: hook,
            settings: configuration.alerts, operatorName: operatorName)
        let frame = FrameModel(
            refreshInterval: options.refreshInterval(configuration: configuration), operatorName: operatorName,
            notices: notices)
        ConsoleSession(
            live: live, hub: hub, actions: actions, terminal: terminal, themes: themes, glyphSets: glyphSets, frame: frame
        ).run()
    }
}
