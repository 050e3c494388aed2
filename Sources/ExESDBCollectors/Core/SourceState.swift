/// Where a source stands, as the operator sees it in the sources pane.
public enum SourceState: Sendable, Hashable {
    /// Opening a connection, process or file.
    case connecting
    /// Waiting for something that is not there yet, e.g. a file that does not exist.
    case waiting(for: String)
    /// Receiving.
    case connected
    /// Lost; a new attempt is scheduled at `retryAt` (seconds since the Unix epoch).
    case disconnected(reason: String, retryAt: Double)
    /// The source reached its end (EOF on standard input, the end of a recording).
    case ended
    /// The source gave up and will not retry.
    case failed(String)

    /// A short operator-facing description, e.g. "disconnected: connection refused, retrying in 3 s".
    /// `now` is the current time in seconds since the Unix epoch.
    public func description(at now: Double) -> String {
        switch self {
        case .connecting: return "connecting"
        case .waiting(let what): return "waiting for \(what)"
        case .connected: return "connected"
        case .disconnected(let reason, let retryAt):
            let seconds = max(0, retryAt - now)
            let wait = seconds < 1 ? "now" : "in \(Int(seconds.rounded(.up))) s"
            return "disconnected: \(reason), retrying \(wait)"
        case .ended: return "ended"
        case .failed(let message): return "failed: \(message)"
        }
    }

    /// True while lines can arrive.
    public var isConnected: Bool {
        if case .connected = self { return true }
        return false
    }
}
