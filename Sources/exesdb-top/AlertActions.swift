import ExESDBCollectors
import ExESDBConsole
import ExESDBMonitor

/// What the operator does to alerts from this console, and what the console does by itself when alerts fire.
/// Each acknowledgement, silence and unsilence is applied to the alert book, written to the journal and fsynced
/// before the screen shows it, and acknowledgements go upstream on the bidirectional sources. A journal that
/// cannot be written leaves the acknowledgement marked unsaved and says so in the header — never a silent loss.
/// A new critical alert rings the bell (rate-limited) and saves an incident bundle; alerts at or above the
/// configured severity are handed to the `--on-alert` hook.
@MainActor
final class AlertActions {
    private let live: LiveState
    private let hub: SourceHub
    private let journal: AlertJournal?
    private let incidents: IncidentRecorder
    private let hook: AlertHook?
    private let settings: AlertSettings
    private let operatorName: String
    /// The latest problem with the journal, shown in the header until a write succeeds.
    private(set) var journalProblem: String?
    /// The latest thing done by itself or asked for (incident saved, hook dropped), with when (`Clock.uptime()`).
    private(set) var lastReport: (text: String, uptime: Double)?
    private var bell: AlertBell
    private var seenCriticalSequence = 0
    private var seenAlertSequence = 0
    /// When the last incident bundle was saved by itself, in `Clock.uptime()` seconds.
    private var lastAutomaticIncident = -Double.infinity

    init(
        live: LiveState, hub: SourceHub, journal: AlertJournal?, journalProblem: String?, incidents: IncidentRecorder,
        hook: AlertHook?, settings: AlertSettings, operatorName: String
    ) {
        self.live = live
        self.hub = hub
        self.journal = journal
        self.journalProblem = journalProblem
        self.incidents = incidents
        self.hook = hook
        self.settings = settings
        self.operatorName = operatorName
        self.bell = AlertBell(interval: settings.bellInterval)
        (seenCriticalSequence, seenAlertSequence) = live.withContents {
            ($0.alerts.criticalSequence, $0.alerts.latestSequence)
        }
    }

    /// Lines for the header: a journal problem, and the latest report for a minute after it.
    func notices() -> [String] {
        var notices: [String] = []
        if let journalProblem { notices.append(journalProblem) }
        if let lastReport, Clock.uptime() - lastReport.uptime < 60 { notices.append(lastReport.text) }
        return notices
    }

    /// Reacts to alerts raised since the last call: returns true when the bell should ring. `snapshot` renders
    /// the screen as text for an incident bundle.
    func react(at now: Double, snapshot: () -> String) -> Bool {
        let (criticals, raised, criticalSequence, latestSequence, ring) = live.withContents { contents in
            (contents.alerts.newCriticals(after: seenCriticalSequence, at: now),
             contents.alerts.alerts(raisedAfter: seenAlertSequence),
             contents.alerts.criticalSequence, contents.alerts.latestSequence,
             bell.shouldRing(for: contents.alerts, at: now))
        }
        seenCriticalSequence = criticalSequence
        seenAlertSequence = latestSequence
        if let hook {
            for alert in raised where alert.severity.rank >= settings.onAlertSeverity.rank && !hook.run(alert) {
                lastReport = ("on-alert hook busy: alert \(alert.key) not handed over", Clock.uptime())
            }
        }
        if let first = criticals.first, Clock.uptime() - lastAutomaticIncident >= 60 {
            lastAutomaticIncident = Clock.uptime()
            saveIncident(first.key, snapshot: snapshot(), at: now)
        }
        return ring && settings.bell
    }

    /// Saves an incident bundle for `key`: the recent received lines (replayable), the screen, the alert.
    func saveIncident(_ key: String, snapshot: String, at now: Double) {
        guard let alert = live.withContents({ $0.alerts.alert(key) ?? $0.alerts.history.first { $0.key == key } }) else {
            return
        }
        let lines = hub.recentLines.map(RecordingEntry.init)
        do {
            let path = try incidents.record(alert: alert, lines: lines, snapshot: snapshot, at: now)
            lastReport = ("incident saved: \(path)", Clock.uptime())
        } catch {
            lastReport = ("incident not saved: \(error)", Clock.uptime())
        }
    }

    /// Acknowledges each alert in `keys` with `note`.
    func acknowledge(_ keys: [String], note: String?, at now: Double) {
        for key in keys {
            let note = note.flatMap { $0.isEmpty ? nil : TextSanitizer.clean($0) }
            guard let ack = live.withContents({
                $0.alerts.acknowledge(key, by: operatorName, note: note, at: now, saved: false)
            }) else { continue }
            if record(.acknowledgement(ack), at: now) {
                live.withContents { $0.alerts.markSaved(key) }
            }
            hub.send(line: Array(ack.line(at: now).utf8))
        }
    }

    /// Silences `key` for `seconds`.
    func silence(_ key: String, for seconds: Double, at now: Double) {
        let until = now + seconds
        let accepted = live.withContents { $0.alerts.silence(key, until: until, by: operatorName, at: now) }
        guard accepted else { return }
        record(.silence(AlertSilence(key: key, until: until, silencedBy: operatorName, since: now)), at: now)
    }

    /// Lifts the silence on `key`.
    func liftSilence(_ key: String, at now: Double) {
        live.withContents { $0.alerts.liftSilence(key, by: operatorName, at: now) }
        record(.liftedSilence(key: key, by: operatorName, at: now), at: now)
    }

    /// Appends `entry` to the journal (fsynced); false when it could not be saved.
    @discardableResult
    private func record(_ entry: JournalEntry, at now: Double) -> Bool {
        guard let journal else { return false }
        do {
            try journal.append(entry, at: now)
            journalProblem = nil
            return true
        } catch {
            journalProblem = "journal not writable (\(error.reason)): acks unsaved"
            return false
        }
    }
}
