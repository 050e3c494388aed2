import ExESDBCollectors
import ExESDBConsole
import ExESDBMonitor

/// What the operator does to alerts from this console: each acknowledgement, silence and unsilence is applied to
/// the alert book, written to the journal and fsynced before the screen shows it, and acknowledgements go upstream
/// on the bidirectional sources. A journal that cannot be written leaves the acknowledgement marked unsaved and
/// says so in the header — never a silent loss.
@MainActor
final class AlertActions {
    private let live: LiveState
    private let hub: SourceHub
    private let journal: AlertJournal?
    private let operatorName: String
    /// The latest problem with the journal, shown in the header until a write succeeds.
    private(set) var journalProblem: String?

    init(live: LiveState, hub: SourceHub, journal: AlertJournal?, journalProblem: String?, operatorName: String) {
        self.live = live
        self.hub = hub
        self.journal = journal
        self.journalProblem = journalProblem
        self.operatorName = operatorName
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
