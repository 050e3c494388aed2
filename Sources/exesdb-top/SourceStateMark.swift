import Dashboard
import ExESDBCollectors

extension SourceState {
    /// How the header marks a source in this state: only a connected source is healthy.
    var mark: StatusMark {
        switch self {
        case .connected: return .healthy
        case .connecting, .waiting, .ended: return .stale
        case .disconnected: return .degraded
        case .failed: return .unhealthy
        }
    }
}
