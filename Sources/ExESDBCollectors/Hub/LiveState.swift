import ExESDBMonitor
import Synchronization

/// The state the console draws: the Store folded from every source, the alert book fed from the same
/// events and from local rules, each source's state, and the incoming rate. Fed by the hub's thread, read by the UI thread; every access goes through the lock,
/// and the hub's batches are bounded, so neither side waits long.
public final class LiveState: Sendable {
    /// What is guarded by the lock.
    public struct Contents: Sendable {
        public var store: Store
        public var alerts: AlertBook
        /// Local alert rules, evaluated against the store by `evaluateRules`.
        public var rules: [AlertRule]
        public var sourceStates: [SourceID: SourceState]
        public var sourceOrder: [SourceID]
        public var incoming: RateMeter
        /// Receive time of the newest line, for a replay's virtual clock.
        public var newestReceiveTime: Double?
        /// Bumped when a new alert, an acknowledgement or an escalation arrives (not a repeat), so the UI shows
        /// it before the next refresh.
        public var alertRevision: UInt64
        /// Bumped when a source's state changes (connected, disconnected with its reason…), so the UI shows it
        /// before the next refresh.
        public var sourceRevision: UInt64
    }

    private let contents: Mutex<Contents>

    public init(
        sources: [SourceID], limits: StoreLimits = StoreLimits(), alerts: AlertBook = AlertBook(),
        rules: [AlertRule] = AlertRule.defaults
    ) {
        contents = Mutex(Contents(
            store: Store(limits: limits), alerts: alerts, rules: rules,
            sourceStates: Dictionary(uniqueKeysWithValues: sources.map { ($0, SourceState.connecting) }),
            sourceOrder: sources, incoming: RateMeter(), newestReceiveTime: nil, alertRevision: 0,
            sourceRevision: 0))
    }

    /// Folds a batch from the hub in.
    public func apply(_ batch: IngestBatch) {
        contents.withLock { state in
            for line in batch.lines {
                state.store.apply(line.result, at: line.receivedAt)
                if case .event(let event) = line.result {
                    switch event.message {
                    case .alertAck, .alertEscalation:
                        state.alerts.apply(event, at: line.receivedAt)
                        state.alertRevision &+= 1
                    case .systemAlert, .metricAlert:
                        let newest = state.alerts.latestSequence
                        state.alerts.apply(event, at: line.receivedAt)
                        if state.alerts.latestSequence != newest { state.alertRevision &+= 1 }
                    default:
                        break
                    }
                }
                state.incoming.add(at: line.receivedAt)
                state.newestReceiveTime = max(state.newestReceiveTime ?? line.receivedAt, line.receivedAt)
            }
            for notice in batch.oversizeLines {
                state.store.record(
                    Rejection(.lineTooLong, "from \(notice.source): over \(notice.limit) bytes"), at: notice.detectedAt)
            }
            for change in batch.stateChanges {
                if state.sourceStates[change.source] == nil { state.sourceOrder.append(change.source) }
                state.sourceStates[change.source] = change.state
                state.sourceRevision &+= 1
            }
        }
    }

    /// Runs the local rules against the store and the alert book's timers (escalation, silence expiry) at
    /// `now`; returns the keys of alerts whose state changed by time.
    @discardableResult
    public func evaluateRules(at now: Double) -> [String] {
        contents.withLock { state in
            state.alerts.evaluate(store: state.store, rules: state.rules, at: now)
            return state.alerts.tick(at: now)
        }
    }

    /// Reads (or changes) the state under the lock.
    public func withContents<Result>(_ body: (inout Contents) throws -> Result) rethrows -> Result {
        try contents.withLock { try body(&$0) }
    }

    /// Whether every source has ended or failed for good.
    public var allSourcesFinished: Bool {
        contents.withLock { state in
            state.sourceStates.values.allSatisfy { source in
                switch source {
                case .ended, .failed: return true
                default: return false
                }
            }
        }
    }
}
