import ArgumentParser
import Dashboard
import ExESDBCollectors
import ExESDBMonitor
import Foundation
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
        let descriptors = try options.sourceDescriptors()
        let environment = ProcessInfo.processInfo.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let catalog = ThemeCatalog(userDirectory: ThemeCatalog.userDirectory(environment: environment))
        let (theme, themeProblem) = catalog.select(options.theme, noColor: noColor)
        if let themeProblem {
            FileHandle.standardError.write(Data("exesdb-top: \(themeProblem); using the default theme\n".utf8))
        }
        let recorder: Recorder?
        do {
            recorder = try options.record.map { try Recorder(path: $0) }
        } catch {
            throw ValidationError("--record: \(error)")
        }
        let terminal: Terminal
        do {
            terminal = try Terminal.start(environment: environment, maximumDepth: noColor ? .monochrome : .truecolor)
        } catch {
            FileHandle.standardError.write(Data("exesdb-top: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let collectors = descriptors.map { $0.makeCollector(options: options.collectorOptions) }
        let live = LiveState(sources: collectors.map(\.id))
        let hub = SourceHub(collectors: collectors, recorder: recorder)
        let themes = [theme] + catalog.availableNames().filter { $0 != theme.name }.compactMap(ThemeCatalog.builtin(named:))
        let preferred = options.glyphs?.glyphSet ?? GlyphSet.forTerminal(isUTF8: terminal.isUTF8)
        let glyphSets = [preferred] + (terminal.isUTF8 ? GlyphSet.all : [.ascii]).filter { $0.name != preferred.name }
        var notices: [String] = []
        if let themeProblem { notices.append("theme: \(themeProblem.message)") }
        let frame = FrameModel(
            refreshInterval: options.refresh, operatorName: options.operatorName ?? OperatorIdentity.defaultName(),
            notices: notices)
        ConsoleSession(live: live, hub: hub, terminal: terminal, themes: themes, glyphSets: glyphSets, frame: frame).run()
    }
}
