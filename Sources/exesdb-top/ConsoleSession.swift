import Dashboard
import ExESDBCollectors
import ExESDBMonitor
import TerminalIO

/// The interactive console: sources feed the live state on their threads; on the main thread a timer set
/// to the next deadline draws a frame once per refresh interval (only changed cells reach the terminal) and
/// evaluates the rules once a second, a change in the alert book wakes it early, and keys are turned into
/// view changes and effects at once.
@MainActor
final class ConsoleSession {
    private let live: LiveState
    private let hub: SourceHub
    private let actions: AlertActions
    private let runLoop: TerminalRunLoop
    private var view = ViewState()
    private var themes: [Theme]
    private var themeIndex = 0
    private var glyphSets: [GlyphSet]
    private var glyphIndex = 0
    private var frame: FrameModel
    private var frozen: LiveState.Contents?
    private var screen: Screen
    /// When the last frame was drawn and the rules last ran, in `Clock.uptime()` seconds.
    private var lastFrameUptime = -Double.infinity
    private var lastRuleUptime = -Double.infinity
    /// The alert and source revisions the last frame showed.
    private var drawnRevisions: (alerts: UInt64, sources: UInt64) = (0, 0)
    private static let refreshSteps: [Double] = [0.2, 0.5, 1, 2, 5, 10, 30, 60]
    /// Seconds after a frame before a new alert, an acknowledgement or a source's change of state may draw the
    /// next one early.
    private static let soonestEarlyFrame = 0.25
    /// How early a frame or rule evaluation may run when a wake-up comes just before it is due.
    private static let tickSlack = 0.05

    init(
        live: LiveState, hub: SourceHub, actions: AlertActions, terminal: Terminal, themes: [Theme],
        glyphSets: [GlyphSet], frame: FrameModel
    ) {
        self.live = live
        self.hub = hub
        self.actions = actions
        self.runLoop = TerminalRunLoop(terminal: terminal, tickInterval: .seconds(1))
        self.themes = themes
        self.glyphSets = glyphSets
        self.frame = frame
        self.screen = Screen(width: terminal.size.width, height: terminal.size.height)
    }

    /// Starts the sources and serves the terminal until the operator quits or a signal ends it.
    func run() -> Never {
        runLoop.onTick = { [unowned self] in tick() }
        runLoop.onKeys = { [unowned self] keys in handle(keys) }
        runLoop.onResize = { [unowned self] size in
            screen.resize(width: size.width, height: size.height)
            draw()
        }
        runLoop.onStop = { [hub] _ in hub.stop(timeout: 1) }
        let wake = RevisionWake { [unowned self] in tick() }
        hub.start(sink: { [live] batch in
            live.apply(batch)
            // Both revisions only grow, so their sum moves whenever either does.
            wake.note(revision: live.withContents { $0.alertRevision &+ $0.sourceRevision })
        })
        draw()
        runLoop.run()
    }

    private func tick() {
        let now = Clock.now(), uptime = Clock.uptime()
        let revisions = live.withContents { ($0.alertRevision, $0.sourceRevision) }
        let changed = revisions != drawnRevisions && uptime - lastFrameUptime >= Self.soonestEarlyFrame
        let drawsFrame = uptime - lastFrameUptime >= frame.refreshInterval - Self.tickSlack || changed
        // Rules that would come due before the next frame run with this one rather than on a wake-up of their
        // own: at a 1 s refresh, frames and rules share one wake-up a second.
        let rulesDueIn = lastRuleUptime + 1 - uptime
        if rulesDueIn <= Self.tickSlack || (drawsFrame && rulesDueIn < frame.refreshInterval - Self.tickSlack) {
            lastRuleUptime = uptime
            live.evaluateRules(at: now)
            if actions.react(at: now, snapshot: { screen.plainLines().joined(separator: "\n") }) {
                runLoop.terminal.bell()
            }
        }
        if drawsFrame {
            drawnRevisions = revisions
            draw(at: now)
        }
        var due = min(lastFrameUptime + frame.refreshInterval, lastRuleUptime + 1)
        if drawnRevisions != revisions { due = min(due, lastFrameUptime + Self.soonestEarlyFrame) }
        runLoop.scheduleTick(after: .milliseconds(Int(max(0.005, due - uptime) * 1000)))
    }

    private func handle(_ keys: [Key]) {
        let now = Clock.now()
        var effects: [Effect] = []
        live.withContents { contents in
            let model = frame.model(of: frozen ?? contents, at: now)
            for key in keys { effects += view.handle(key, model: model) }
        }
        for effect in effects { apply(effect, at: now) }
        draw(at: now)
    }

    private func apply(_ effect: Effect, at now: Double) {
        switch effect {
        case .quit:
            runLoop.stop(.quit)
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
        case .cycleGlyphs:
            glyphIndex = (glyphIndex + 1) % glyphSets.count
        case .changeRefresh(let step):
            frame.refreshInterval = Self.nextRefresh(after: frame.refreshInterval, step: step)
        case .setPaused(let paused):
            frozen = paused ? live.withContents { $0 } : nil
        case .acknowledge(let key, let note):
            actions.acknowledge([key], note: note, at: now)
        case .acknowledgeAll(let keys, let note):
            actions.acknowledge(keys, note: note, at: now)
        case .silence(let key, let seconds):
            actions.silence(key, for: seconds, at: now)
        case .liftSilence(let key):
            actions.liftSilence(key, at: now)
        case .saveIncident(let key):
            actions.saveIncident(key, snapshot: screen.plainLines().joined(separator: "\n"), at: now)
        case .repaint:
            runLoop.terminal.redrawAll()
        case .redraw:
            break
        }
    }

    /// The next refresh interval up or down the ladder of steps.
    static func nextRefresh(after current: Double, step: RefreshStep) -> Double {
        switch step {
        case .longer: return refreshSteps.first { $0 > current + 0.001 } ?? refreshSteps.last!
        case .shorter: return refreshSteps.last { $0 < current - 0.001 } ?? refreshSteps.first!
        }
    }

    private func draw(at now: Double = Clock.now()) {
        lastFrameUptime = Clock.uptime()
        let theme = themes[themeIndex]
        let glyphs = glyphSets[glyphIndex]
        var frame = self.frame
        frame.notices += actions.notices()
        live.withContents { contents in
            let model = frame.model(of: frozen ?? contents, at: now)
            DashboardRenderer.render(into: &screen, model: model, view: view, theme: theme, glyphs: glyphs)
        }
        runLoop.terminal.draw(screen)
    }
}
