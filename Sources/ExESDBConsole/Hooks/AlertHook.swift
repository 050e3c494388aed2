#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ExESDBMonitor
import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Runs the `--on-alert` command for alerts: `/bin/sh -c COMMAND` with the alert as JSON on standard input
/// and `EXESDB_ALERT_KEY`, `_SEVERITY`, `_STATE`, `_TITLE`, `_NODE` in its environment; its output is captured
/// (never reaches the terminal), and it is killed (with its process group) after `timeout` seconds.
/// `run` never blocks: each run has its own thread; beyond `maximumRunning` runs at once alerts are dropped
/// and counted. Safe to call from any thread.
public final class AlertHook: Sendable {
    public let command: String
    /// Seconds before a run is killed.
    public let timeout: Double
    public let maximumRunning: Int
    private let environment: [String: String]
    private let state = Mutex(AlertHookCounters())
    /// The most output kept from a run for `lastFailure`.
    private static let outputTail = 512

    /// A hook running `command`; the child gets `environment` plus the alert's variables.
    public init(command: String, timeout: Double = 10, maximumRunning: Int = 4,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.command = command
        self.timeout = timeout
        self.maximumRunning = max(1, maximumRunning)
        self.environment = environment
    }

    /// What the hook has done so far.
    public var counters: AlertHookCounters { state.withLock { $0 } }

    /// Starts a run for `alert` in the background; false when dropped because `maximumRunning` runs are going.
    @discardableResult
    public func run(_ alert: Alert) -> Bool {
        let admitted = state.withLock { counters -> Bool in
            guard counters.running < maximumRunning else {
                counters.dropped += 1
                return false
            }
            counters.started += 1
            return true
        }
        guard admitted else { return false }
        var variables = environment
        variables["EXESDB_ALERT_KEY"] = alert.key
        variables["EXESDB_ALERT_SEVERITY"] = alert.severity.wireText
        variables["EXESDB_ALERT_STATE"] = alert.state.rawValue
        variables["EXESDB_ALERT_TITLE"] = alert.title
        variables["EXESDB_ALERT_NODE"] = alert.node ?? ""
        let childEnvironment = variables
        let input = Array((alert.json.compactText + "\n").utf8)
        let command = self.command
        let timeout = self.timeout
        DispatchQueue.global(qos: .utility).async { [self] in
            let outcome = HookProcess.run(command: command, input: input, environment: childEnvironment, timeout: timeout,
                                          keepingOutput: Self.outputTail)
            finish(outcome)
        }
        return true
    }

    /// Waits until no run is going, up to `timeout` seconds; true when idle. For tests and shutdown.
    public func waitUntilIdle(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while counters.running > 0 {
            guard Date() < deadline else { return false }
            usleep(10_000)
        }
        return true
    }

    private func finish(_ outcome: HookProcess.Outcome) {
        state.withLock { counters in
            switch outcome {
            case .exited(0, _):
                counters.succeeded += 1
            case .exited(let status, let output):
                counters.failed += 1
                counters.lastFailure = "exit status \(status)" + Self.suffix(output)
            case .signalled(let signal, let output):
                counters.failed += 1
                counters.lastFailure = "killed by signal \(signal)" + Self.suffix(output)
            case .timedOut(let output):
                counters.timedOut += 1
                counters.lastFailure = "timed out after \(AlertText.number(timeout))s" + Self.suffix(output)
            case .notStarted(let reason):
                counters.failed += 1
                counters.lastFailure = "cannot start /bin/sh: \(reason)"
            }
        }
    }

    private static func suffix(_ output: String) -> String {
        let trimmed = output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        return trimmed.isEmpty ? "" : ": " + trimmed
    }
}
